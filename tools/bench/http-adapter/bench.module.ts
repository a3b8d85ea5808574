import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { Field, Float, GraphQLModule, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';

@ObjectType()
export class Item {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Float)
  price!: number;
}

// Built once so the resolver costs the same on both adapters and the run
// measures the HTTP + Apollo + Nest stack, not object allocation.
export const ITEMS: readonly Item[] = Array.from({ length: 20 }, (_, i) => ({
  id: String(i + 1),
  name: `item-${i + 1}`,
  quantity: i * 3,
  price: Math.round((i + 1) * 1.25 * 100) / 100,
}));

@Resolver()
export class BenchResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }

  @Query(() => [Item])
  items(): readonly Item[] {
    return ITEMS;
  }
}

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      // The same driver class serves both adapters; it picks the Express or
      // Fastify integration from the HTTP adapter at start-up.
      driver: ApolloDriver,
      // In-memory schema: nothing is written into the repository.
      autoSchemaFile: true,
      // Production-like: no landing-page plugin in the request pipeline.
      playground: false,
    }),
  ],
  providers: [BenchResolver],
})
export class BenchModule {}
