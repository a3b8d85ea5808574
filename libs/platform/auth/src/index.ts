export * from './lib/access.decorators';
export * from './lib/auth.module';
export * from './lib/entities/membership.entity';
export * from './lib/entities/user.entity';
export * from './lib/services/password-hasher';
export * from './lib/services/users.service';
export * from './lib/dto/credentials';
export * from './lib/services/rate-limits';
