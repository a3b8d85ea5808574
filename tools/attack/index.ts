/**
 * The attacker as a module, for a test to import once the published figures are meant to hold:
 *
 *   const env = await startAttackEnvironment({ plant: true });
 *   const result = await runAttack(env, { k: 5, maxWindows: 200, noiseBound: 10 });
 *   expect(result.violations).toEqual([]);
 *   expect([...confirmedSmallCounts(result.recoveries).keys()]).toEqual([]);
 *   await env.stop();
 */
export { confirmedSmallCounts, printAttackReport } from './attack-report';
export { type AttackEnvironment, startAttackEnvironment } from './environment';
export { lastFinishedMonth } from './months';
export { publishedRules } from './published-tables';
export { type AttackOptions, type AttackResult, requestPlan, runAttack } from './run-attack';
export { shareArithmetic, tableUnwinding, windowDifferences } from './simple-attacks';
