import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';

import { ChoiceGroup } from '../components/ChoiceGroup';
import { FormErrors, fieldId } from '../components/form-errors';
import { Empty, LoadError, Loading, PageHeading } from '../components/states';
import type { CreateRoomInput, RoomFieldsFragment, Weekday } from '../gql/graphql';
import { formProblems, type FormProblems, messageOf } from '../graphql/errors';
import {
  BookRoomDocument,
  CreateRoomDocument,
  FreeRoomsDocument,
  GroupsForRoomsDocument,
  RoomBookingsDocument,
  RoomsDocument,
} from '../graphql/people-operations';
import type { Me } from '../session/session';
import { formatDate, texts } from '../texts';

const t = texts.people;
const ID = 'room';
const WEEKDAYS: Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const FACILITIES = ['stepFree', 'freeOfCharge'] as const;

export function Rooms({ me }: { me: Pick<Me, 'activeCentre'> }) {
  const { data, loading, error, refetch } = useQuery(RoomsDocument);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeading title={t.roomsTitle}>{t.roomsTitle}</PageHeading>
      <Paragraph>{t.roomsIntro}</Paragraph>
      {notice && (
        <Alert data-color="success">
          <Paragraph role="status">{notice}</Paragraph>
        </Alert>
      )}
      {creating ? (
        <NewRoom
          municipalities={me.activeCentre?.municipalities ?? []}
          onSaved={(name) => {
            setCreating(false);
            setNotice(t.roomSaved(name));
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <Button
          onClick={() => {
            setNotice(null);
            setCreating(true);
          }}
        >
          {t.newRoom}
        </Button>
      )}
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (data.rooms.length === 0 ? (
          <Empty>{t.noRooms}</Empty>
        ) : (
          <ul className="rooms">
            {data.rooms.map((room) => (
              <RoomCard key={room.id} room={room} />
            ))}
          </ul>
        ))}
      <FindFreeRoom />
    </>
  );
}

function RoomCard({ room }: { room: RoomFieldsFragment }) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <Card data-color="neutral" className="room">
        <Heading level={2} data-size="xs">
          {room.name}
        </Heading>
        <Paragraph data-size="sm">
          {[room.address, room.municipality, t.places(room.capacity)].join(' · ')}
        </Paragraph>
        <div className="tags">
          {room.stepFree && <Tag data-color="info">{t.stepFree}</Tag>}
          {room.freeOfCharge && <Tag data-color="info">{t.freeOfCharge}</Tag>}
        </div>
        {room.availability.length > 0 && (
          <Paragraph data-size="sm">
            {t.available}:{' '}
            {room.availability
              .map((w) => `${texts.enums.weekday[w.weekday]} ${w.startsAt}–${w.endsAt}`)
              .join(', ')}
          </Paragraph>
        )}
        <Button
          variant="secondary"
          data-size="sm"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t.hideBookings(room.name) : t.showBookings(room.name)}
        </Button>
        {open && <Bookings roomId={room.id} />}
      </Card>
    </li>
  );
}

function Bookings({ roomId }: { roomId: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(RoomBookingsDocument, {
    variables: { roomId, offset: 0 },
  });
  const [more, setMore] = useState(false);
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const page = data?.roomBookings;
  if (!page || page.items.length === 0) return <Empty>{t.noBookings}</Empty>;

  async function loadMore() {
    setMore(true);
    try {
      await fetchMore({
        variables: { offset: page!.items.length },
        updateQuery: (previous, { fetchMoreResult }) => ({
          roomBookings: {
            ...fetchMoreResult.roomBookings,
            items: [...previous.roomBookings.items, ...fetchMoreResult.roomBookings.items],
          },
        }),
      });
    } finally {
      setMore(false);
    }
  }

  return (
    <>
      <Table data-size="sm" className="responsive-table">
        <caption className="visually-hidden">{t.bookings}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t.group}</Table.HeaderCell>
            <Table.HeaderCell>{t.when}</Table.HeaderCell>
            <Table.HeaderCell>{t.period}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {page.items.map((b) => (
            <Table.Row key={b.id}>
              <Table.Cell data-label={t.group}>{b.groupName}</Table.Cell>
              <Table.Cell data-label={t.when}>
                {`${texts.enums.weekday[b.weekday as Weekday]} ${b.startsAt}–${b.endsAt}`}
              </Table.Cell>
              <Table.Cell data-label={t.period}>
                {b.validTo
                  ? t.fromTo(formatDate(b.validFrom), formatDate(b.validTo))
                  : t.from(formatDate(b.validFrom))}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {page.hasMore && (
        <>
          <Paragraph data-size="sm">{t.bookingCount(page.items.length, page.totalCount)}</Paragraph>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => void loadMore()}
            disabled={more}
          >
            {more ? texts.loading : t.moreBookings}
          </Button>
        </>
      )}
    </>
  );
}

interface Window {
  weekday: Weekday;
  startsAt: string;
  endsAt: string;
}

export interface RoomDraft {
  name: string;
  address: string;
  municipality: string;
  capacity: string;
  stepFree: boolean;
  freeOfCharge: boolean;
  availability: Window[];
}

export const EMPTY_ROOM: RoomDraft = {
  name: '',
  address: '',
  municipality: '',
  capacity: '',
  stepFree: false,
  freeOfCharge: true,
  availability: [{ weekday: 'MONDAY', startsAt: '09:00', endsAt: '16:00' }],
};

const LABELS: Record<string, string> = {
  name: t.roomName,
  address: t.address,
  municipality: t.municipality,
  capacity: t.capacity,
  availability: t.availability,
};

/** The problems the form can see by itself, keyed as the API keys them. */
export function checkRoom(draft: RoomDraft): Record<string, string> {
  const fields: Record<string, string> = {};
  if (draft.name.trim().length < 2) fields['name'] = t.nameRequired;
  if (draft.address.trim().length < 3) fields['address'] = t.addressRequired;
  if (!draft.municipality) fields['municipality'] = t.municipalityRequired;
  const capacity = Number(draft.capacity);
  if (!/^\d+$/.test(draft.capacity.trim()) || capacity < 2) fields['capacity'] = t.capacityInvalid;
  if (
    draft.availability.some(
      (w) => !TIME.test(w.startsAt) || !TIME.test(w.endsAt) || w.endsAt <= w.startsAt,
    )
  ) {
    fields['availability'] = t.windowInvalid;
  }
  return fields;
}

export function roomInput(draft: RoomDraft): CreateRoomInput {
  return {
    name: draft.name.trim(),
    address: draft.address.trim(),
    municipality: draft.municipality,
    capacity: Number(draft.capacity),
    stepFree: draft.stepFree,
    freeOfCharge: draft.freeOfCharge,
    availability: draft.availability,
  };
}

export function NewRoom({
  municipalities,
  onSaved,
  onCancel,
}: {
  municipalities: readonly string[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<RoomDraft>(EMPTY_ROOM);
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [create, { loading }] = useMutation(CreateRoomDocument, { refetchQueries: ['Rooms'] });
  const set = <K extends keyof RoomDraft>(key: K, value: RoomDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setWindow = (index: number, change: Partial<Window>) =>
    set(
      'availability',
      draft.availability.map((w, i) => (i === index ? { ...w, ...change } : w)),
    );
  const id = (field: string) => fieldId(ID, field);
  // The API names a window's field `availability.0.endsAt`: shown by the availability fieldset.
  const error = (field: string) =>
    problems.fields[field] ??
    Object.entries(problems.fields).find(([key]) => key.startsWith(`${field}.`))?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = checkRoom(draft);
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    try {
      const { data } = await create({ variables: { input: roomInput(draft) } });
      if (data) onSaved(data.createRoom.name);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Card data-color="neutral" className="new-room">
      <form onSubmit={submit} noValidate aria-labelledby="new-room-title" className="form">
        <Heading level={2} data-size="sm" id="new-room-title">
          {t.newRoomTitle}
        </Heading>
        <FormErrors {...problems} idPrefix={ID} labels={LABELS} />
        <Textfield
          id={id('name')}
          label={t.roomName}
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          error={error('name')}
        />
        <Textfield
          id={id('address')}
          label={t.address}
          value={draft.address}
          onChange={(e) => set('address', e.target.value)}
          error={error('address')}
        />
        <div className="two-columns">
          <Field>
            <Label htmlFor={id('municipality')}>{t.municipality}</Label>
            <Select
              id={id('municipality')}
              value={draft.municipality}
              aria-invalid={error('municipality') ? true : undefined}
              onChange={(e) => set('municipality', e.target.value)}
            >
              <Select.Option value="">{texts.inquiries.chooseMunicipality}</Select.Option>
              {municipalities.map((m) => (
                <Select.Option key={m} value={m}>
                  {m}
                </Select.Option>
              ))}
            </Select>
            {error('municipality') && (
              <ValidationMessage>{error('municipality')}</ValidationMessage>
            )}
          </Field>
          <Textfield
            id={id('capacity')}
            label={t.capacity}
            inputMode="numeric"
            value={draft.capacity}
            onChange={(e) => set('capacity', e.target.value)}
            error={error('capacity')}
          />
        </div>
        <ChoiceGroup
          multiple
          legend={texts.roomFacilities}
          options={FACILITIES}
          label={(facility) => t[facility]}
          value={FACILITIES.filter((facility) => draft[facility])}
          onChange={(chosen) => {
            for (const facility of FACILITIES) set(facility, chosen.includes(facility));
          }}
        />
        <Fieldset id={id('availability')}>
          <Fieldset.Legend>{t.availability}</Fieldset.Legend>
          <Fieldset.Description>{t.availabilityHelp}</Fieldset.Description>
          {draft.availability.map((w, index) => (
            <div key={index} className="window" role="group" aria-label={t.window(index + 1)}>
              <Field>
                <Label htmlFor={`${id('availability')}-${index}-weekday`}>{t.weekday}</Label>
                <Select
                  id={`${id('availability')}-${index}-weekday`}
                  value={w.weekday}
                  onChange={(e) => setWindow(index, { weekday: e.target.value as Weekday })}
                >
                  {WEEKDAYS.map((d) => (
                    <Select.Option key={d} value={d}>
                      {texts.enums.weekday[d]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Textfield
                id={`${id('availability')}-${index}-startsAt`}
                label={t.startsAt}
                type="time"
                value={w.startsAt}
                onChange={(e) => setWindow(index, { startsAt: e.target.value })}
              />
              <Textfield
                id={`${id('availability')}-${index}-endsAt`}
                label={t.endsAt}
                type="time"
                value={w.endsAt}
                onChange={(e) => setWindow(index, { endsAt: e.target.value })}
              />
              {draft.availability.length > 1 && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() =>
                    set(
                      'availability',
                      draft.availability.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t.removeWindow(index + 1)}
                </Button>
              )}
            </div>
          ))}
          {error('availability') && <ValidationMessage>{error('availability')}</ValidationMessage>}
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() =>
              set('availability', [
                ...draft.availability,
                { weekday: 'MONDAY', startsAt: '09:00', endsAt: '16:00' },
              ])
            }
          >
            {t.addWindow}
          </Button>
        </Fieldset>
        <div className="step__actions">
          <Button type="submit" disabled={loading}>
            {loading ? texts.saving : t.saveRoom}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function FindFreeRoom() {
  const groups = useQuery(GroupsForRoomsDocument);
  const [groupId, setGroupId] = useState('');
  const [from, setFrom] = useState('');
  const [asked, setAsked] = useState<{ groupId: string; from?: string } | null>(null);
  const [groupError, setGroupError] = useState<string | null>(null);
  const free = useQuery(FreeRoomsDocument, {
    variables: { groupId: asked?.groupId ?? '', from: asked?.from },
    skip: !asked,
    fetchPolicy: 'network-only',
  });
  const [book, booking] = useMutation(BookRoomDocument, {
    refetchQueries: ['FreeRooms', 'GroupsForRooms', 'RoomBookings'],
  });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const physical = (groups.data?.groups.items ?? []).filter((g) => g.format === 'PHYSICAL');
  const group = physical.find((g) => g.id === asked?.groupId);

  function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    if (!groupId) return setGroupError(t.groupRequired);
    setGroupError(null);
    setAsked({ groupId, from: from || undefined });
  }

  async function bookRoom(roomId: string, roomName: string) {
    if (!group) return;
    setResult(null);
    try {
      await book({ variables: { input: { groupId: group.id, roomId, validFrom: asked?.from } } });
      setResult({ ok: true, text: t.booked(roomName, group.name) });
      // Done for this group: the list would offer its own room again.
      setAsked(null);
    } catch (failure) {
      setResult({ ok: false, text: messageOf(failure) });
    }
  }

  return (
    <section aria-labelledby="find-title" className="find-room">
      <Heading level={2} data-size="sm" id="find-title" className="section-heading">
        {t.findTitle}
      </Heading>
      <Paragraph data-size="sm">{t.findIntro}</Paragraph>
      {groups.loading && !groups.data && <Loading />}
      {groups.error && !groups.data && (
        <LoadError error={groups.error} retry={() => void groups.refetch()} />
      )}
      {groups.data &&
        (physical.length === 0 ? (
          <Empty>{t.noGroups}</Empty>
        ) : (
          <form onSubmit={submit} noValidate className="filters__row">
            <Field>
              <Label htmlFor="find-group">{t.chooseGroup}</Label>
              <Select
                id="find-group"
                value={groupId}
                aria-invalid={groupError ? true : undefined}
                onChange={(e) => setGroupId(e.target.value)}
              >
                <Select.Option value="">{t.pickGroup}</Select.Option>
                {physical.map((g) => (
                  <Select.Option key={g.id} value={g.id}>
                    {`${g.name} (${t.groupTime(texts.enums.weekday[g.weekday], g.startTime.slice(0, 5))})`}
                  </Select.Option>
                ))}
              </Select>
              {groupError && <ValidationMessage>{groupError}</ValidationMessage>}
            </Field>
            <Textfield
              id="find-from"
              label={t.findFrom}
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
            <Button type="submit" variant="secondary">
              {t.find}
            </Button>
          </form>
        ))}
      {result &&
        (result.ok ? (
          <Alert data-color="success">
            <Paragraph role="status">{result.text}</Paragraph>
          </Alert>
        ) : (
          <Alert data-color="danger" role="alert">
            <Paragraph>{result.text}</Paragraph>
          </Alert>
        ))}
      {group?.room && <Paragraph data-size="sm">{t.currentRoom(group.room.name)}</Paragraph>}
      {asked && free.loading && !free.data && <Loading />}
      {asked && free.error && <LoadError error={free.error} retry={() => void free.refetch()} />}
      {asked &&
        free.data &&
        (free.data.freeRooms.length === 0 ? (
          <Empty>{t.noFreeRooms}</Empty>
        ) : (
          <ul className="rooms">
            {free.data.freeRooms.map(({ room, sameMunicipality, neighbouring, warning }) => (
              <li key={room.id}>
                <Card data-color="neutral" className="room">
                  <Heading level={3} data-size="2xs">
                    {room.name}
                  </Heading>
                  <Paragraph data-size="sm">
                    {[room.address, room.municipality, t.places(room.capacity)].join(' · ')}
                  </Paragraph>
                  <div className="tags">
                    {sameMunicipality && <Tag data-color="success">{t.sameMunicipality}</Tag>}
                    {neighbouring && <Tag data-color="info">{t.neighbouring}</Tag>}
                  </div>
                  {warning && <Paragraph data-size="sm">{warning}</Paragraph>}
                  <Button
                    data-size="sm"
                    disabled={booking.loading}
                    onClick={() => void bookRoom(room.id, room.name)}
                  >
                    {t.book(room.name)}
                  </Button>
                </Card>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
