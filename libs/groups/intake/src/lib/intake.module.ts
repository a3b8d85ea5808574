import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuthModule } from '@link/platform/auth';

import { ConsentEntity } from './entities/consent.entity';
import { PartnerEntity, ReferralEntity, ServiceEntity } from './entities/directory.entities';
import { InquiryEntity } from './entities/inquiry.entity';
import { ParticipantEntity } from './entities/participant.entity';
import {
  AnonymousInquiryRecordEntity,
  AuditEntryEntity,
  CentreSettingsEntity,
} from './entities/privacy.entities';
import { DirectoryResolver } from './resolvers/directory.resolver';
import { InquiriesResolver } from './resolvers/inquiries.resolver';
import { InterestFormResolver } from './resolvers/interest-form.resolver';
import { ParticipantsResolver } from './resolvers/participants.resolver';
import { PrivacyResolver } from './resolvers/privacy.resolver';
import { WaitlistResolver } from './resolvers/waitlist.resolver';
import { AuditTrail } from './services/audit-trail';
import { CentreFacts } from './services/centre-facts';
import { ConsentsService } from './services/consents.service';
import { DirectoryService } from './services/directory.service';
import { IntakeLoaders } from './services/intake-loaders';
import { InquiriesService } from './services/inquiries.service';
import { InterestFormService } from './services/interest-form.service';
import { ParticipantsService } from './services/participants.service';
import { PrivacyService } from './services/privacy.service';
import { WaitlistService } from './services/waitlist.service';

/** Inquiries, participants, consent, the waitlist, directories, referrals and privacy. */
@Module({
  imports: [
    AuthModule,
    TypeOrmModule.forFeature([
      ParticipantEntity,
      InquiryEntity,
      ConsentEntity,
      PartnerEntity,
      ServiceEntity,
      ReferralEntity,
      AuditEntryEntity,
      AnonymousInquiryRecordEntity,
      CentreSettingsEntity,
    ]),
  ],
  providers: [
    AuditTrail,
    CentreFacts,
    ConsentsService,
    DirectoryService,
    InquiriesService,
    IntakeLoaders,
    InterestFormService,
    ParticipantsService,
    PrivacyService,
    WaitlistService,
    DirectoryResolver,
    InquiriesResolver,
    InterestFormResolver,
    ParticipantsResolver,
    PrivacyResolver,
    WaitlistResolver,
  ],
  exports: [AuditTrail, CentreFacts, ParticipantsService, PrivacyService],
})
export class IntakeModule {}
