import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The API's connection pool, as the runtime role. Entities register with `forFeature`. */
@Module({})
export class DatabaseModule {
  static forRoot(options: { url: string; poolSize: number }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          namingStrategy: new SnakeNamingStrategy(),
          // TypeORM's own logger prints a failed query with its parameters (people's data).
          // Errors reach the API's log through its error serializer instead.
          logging: false,
          extra: { max: options.poolSize, application_name: 'link-api' },
        }),
      ],
    };
  }
}
