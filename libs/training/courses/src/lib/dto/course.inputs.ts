import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { Trimmed } from '@link/shared/graphql';

@InputType()
export class CourseSessionInput {
  @Field() @IsDate({ message: 'startsAt må være et tidspunkt.' }) startsAt: Date;
  @Field(() => Int, { defaultValue: 180 }) @IsInt() @Min(15) @Max(600) durationMinutes = 180;
  @Field({ nullable: true, description: 'Where; leave out for a digital session.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(160)
  place?: string;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() digital = false;
  @Field(() => Boolean, { defaultValue: true, description: 'Needed to complete the course.' })
  @IsBoolean()
  mandatory = true;
}

@InputType({ description: 'A starter course or a guidance session series, with its sessions.' })
export class CreateCourseInput {
  @Field()
  @Trimmed()
  @IsString()
  @MinLength(3, { message: 'Tittelen må ha minst 3 tegn.' })
  @MaxLength(120)
  title: string;
  @Field({ defaultValue: '' }) @Trimmed() @IsString() @MaxLength(2000) description: string;
  @Field({ description: 'STARTER_COURSE (grants a starter qualification) or GUIDANCE.' })
  @IsIn(['STARTER_COURSE', 'GUIDANCE'], { message: 'Velg STARTER_COURSE eller GUIDANCE.' })
  kind: 'STARTER_COURSE' | 'GUIDANCE';
  @Field(() => Int) @IsInt() @Min(1, { message: 'Minst én plass.' }) @Max(200) capacity: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Months the qualification is valid; no expiry when left out.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  qualificationValidMonths?: number;
  @Field(() => Int, {
    defaultValue: 6,
    description: "Months after the last session before external enrolees' details are erased.",
  })
  @IsInt()
  @Min(1)
  @Max(60)
  externalRetentionMonths = 6;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "Open to other centres' people: their own centre enrols them (or they enrol themselves); you record attendance.",
  })
  @IsBoolean()
  openToOtherCentres = false;
  @Field(() => [ID], {
    defaultValue: [],
    description: 'Staff members (membership ids) who teach it.',
  })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'instructorStaffMemberIds må være gyldige id-er.' })
  instructorStaffMemberIds: string[];
  @Field(() => [CourseSessionInput])
  @ArrayMinSize(1, { message: 'Et kurs har minst én samling.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CourseSessionInput)
  sessions: CourseSessionInput[];
}

@InputType({ description: 'Someone from a partner organisation, without an account.' })
export class ExternalPersonInput {
  @Field()
  @Trimmed()
  @IsString()
  @MinLength(2, { message: 'Skriv inn navnet.' })
  @MaxLength(120)
  name: string;
  @Field()
  @Trimmed()
  @IsString()
  @MinLength(2, { message: 'Skriv inn organisasjonen.' })
  @MaxLength(120)
  organisation: string;
  @Field() @Trimmed() @IsEmail({}, { message: 'Skriv inn en gyldig e-postadresse.' }) email: string;
}

@InputType({
  description: 'Enrol a staff member or volunteer (staffMemberId), or an external person.',
})
export class EnrolInput {
  @Field(() => ID) @IsUUID('all', { message: 'courseId må være en gyldig id.' }) courseId: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'staffMemberId må være en gyldig id.' })
  staffMemberId?: string;
  @Field(() => ExternalPersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExternalPersonInput)
  external?: ExternalPersonInput;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID) @IsUUID('all', { message: 'sessionId må være en gyldig id.' }) sessionId: string;
  @Field(() => ID)
  @IsUUID('all', { message: 'enrolmentId må være en gyldig id.' })
  enrolmentId: string;
  @Field(() => Boolean, { defaultValue: true }) @IsBoolean() attended = true;
}
