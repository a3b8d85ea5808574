import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Environment } from '@link/platform/config';

import { AuthSessionEntity } from './entities/auth-session.entity';
import { MembershipEntity } from './entities/membership.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { StaffInvitationEntity } from './entities/staff-invitation.entity';
import { UserEntity } from './entities/user.entity';
import { AccessGuard } from './guards/access.guard';
import { AuthResolver } from './resolvers/auth.resolver';
import { StaffResolver } from './resolvers/staff.resolver';
import { ActorVerifier } from './services/actor-verifier';
import { AuthService } from './services/auth.service';
import { AuthTokens, JWT_AUDIENCE, JWT_ISSUER } from './services/auth-tokens.service';
import { InvitationsService } from './services/invitations.service';
import { LoginThrottle } from './services/login-throttle';
import { MembershipsReader } from './services/memberships.reader';
import { PasswordHasher } from './services/password-hasher';
import { PublicReadThrottle } from './services/public-read-throttle';
import { RateLimits } from './services/rate-limits';
import { StaffService } from './services/staff.service';
import { UsersService } from './services/users.service';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      MembershipEntity,
      StaffInvitationEntity,
      AuthSessionEntity,
      RefreshTokenEntity,
    ]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [Environment],
      useFactory: (environment: Environment) => ({
        secret: environment.JWT_SECRET,
        signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      }),
    }),
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    ActorVerifier,
    AuthService,
    AuthTokens,
    InvitationsService,
    LoginThrottle,
    MembershipsReader,
    PasswordHasher,
    PublicReadThrottle,
    RateLimits,
    StaffService,
    UsersService,
    JwtStrategy,
    LocalStrategy,
    AuthResolver,
    StaffResolver,
  ],
  exports: [PasswordHasher, RateLimits, UsersService],
})
export class AuthModule {}
