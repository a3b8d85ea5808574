/**
 * Whether a person may start groups: the training domain answers (courses grant qualifications),
 * the groups domain asks (assigning a starter). The token lives here so neither imports the other.
 * With nothing bound, the starter role alone decides.
 */
export const STARTER_QUALIFICATION = Symbol('STARTER_QUALIFICATION');

export interface StarterQualification {
  isQualified(userId: string, on: string): Promise<boolean>;
}
