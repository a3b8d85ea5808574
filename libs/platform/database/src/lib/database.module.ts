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
          extra: { max: options.poolSize, application_name: 'link-api' },
        }),
      ],
    };
  }
}
