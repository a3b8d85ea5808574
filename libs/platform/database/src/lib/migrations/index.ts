import { PlatformFoundation1763884800000 } from './1763884800000-platform-foundation';
import { Intake1763971200000 } from './1763971200000-intake';
import { Groups1764057600000 } from './1764057600000-groups';
import { TrainingLibrary1764144000000 } from './1764144000000-training-library';
import { Courses1764230400000 } from './1764230400000-courses';
import { Volunteers1764316800000 } from './1764316800000-volunteers';
import { RequiredReading1764403200000 } from './1764403200000-required-reading';
import { MaterialAttachments1764489600000 } from './1764489600000-material-attachments';
import { CourseInstructors1764576000000 } from './1764576000000-course-instructors';
import { Reporting1764662400000 } from './1764662400000-reporting';
import { ReportFacts1764748800000 } from './1764748800000-report-facts';
import { SafeDefinerFunctions1764835200000 } from './1764835200000-safe-definer-functions';
import { UserAccountPrivileges1764921600000 } from './1764921600000-user-account-privileges';
import { RaceConstraints1765008000000 } from './1765008000000-race-constraints';
import { AttachmentContentTypes1765094400000 } from './1765094400000-attachment-content-types';
import { ReportHistory1765180800000 } from './1765180800000-report-history';
import { PerturbedNationalFigures1765267200000 } from './1765267200000-perturbed-national-figures';
import { StaffInvitations1765353600000 } from './1765353600000-staff-invitations';
import { OwnPractice1765440000000 } from './1765440000000-own-practice';
import { SharedStarterTraining1765526400000 } from './1765526400000-shared-starter-training';
import { StaffingGroups1765612800000 } from './1765612800000-staffing-groups';
import { AnonymousSurveys1765699200000 } from './1765699200000-anonymous-surveys';
import { GroupsByName1765872000000 } from './1765872000000-groups-by-name';

/** Every migration, in order. Listed by hand so the bundled API needs no file globbing. */
export const migrations = [
  PlatformFoundation1763884800000,
  Intake1763971200000,
  Groups1764057600000,
  TrainingLibrary1764144000000,
  Courses1764230400000,
  Volunteers1764316800000,
  RequiredReading1764403200000,
  MaterialAttachments1764489600000,
  CourseInstructors1764576000000,
  Reporting1764662400000,
  ReportFacts1764748800000,
  SafeDefinerFunctions1764835200000,
  UserAccountPrivileges1764921600000,
  RaceConstraints1765008000000,
  AttachmentContentTypes1765094400000,
  ReportHistory1765180800000,
  PerturbedNationalFigures1765267200000,
  StaffInvitations1765353600000,
  OwnPractice1765440000000,
  SharedStarterTraining1765526400000,
  StaffingGroups1765612800000,
  AnonymousSurveys1765699200000,
  GroupsByName1765872000000,
];
