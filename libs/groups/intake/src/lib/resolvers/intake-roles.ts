import { Roles } from '@link/platform/auth';
import { CentreRole } from '@link/platform/tenancy';

/** Intake is the coordinators' daily work; centre admins may do it too. Starters may not. */
export const IntakeStaff = () => Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN);
