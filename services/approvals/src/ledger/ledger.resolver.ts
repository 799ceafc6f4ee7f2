import type { RequestContext } from '@talents/common';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { correctCreditEntry, creditBalancesOf, creditLedgerOf } from './ledger.service';
import { CreditBalance, CreditEntry, CreditEntryConnection } from './ledger.types';

@Resolver(() => CreditEntry)
export class CreditLedgerResolver {
  @Query(() => CreditEntryConnection, {
    nullable: true,
    description:
      'Écritures du crédit virtuel d’une année, des plus anciennes aux plus récentes, éventuellement celles d’une ' +
      'administration (qui donne ou reçoit). Équipe du programme et clients d’API « stats:read ».',
  })
  statsCreditLedger(
    @Arg('year', () => Int, { description: 'Année civile.' }) year: number,
    @Arg('administrationId', () => ID, {
      nullable: true,
      description: 'Seulement celles de cette administration.',
    })
    administrationId: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Taille de la page (1 à 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Curseur `endCursor` de la page précédente.' })
    after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CreditEntryConnection> {
    return creditLedgerOf(ctx, year, administrationId, first, after);
  }

  @Query(() => [CreditBalance], {
    nullable: true,
    description:
      'Solde du crédit virtuel par administration pour une année (heures données, reçues, différence), calculé ' +
      'sur les écritures. Équipe du programme et clients d’API « stats:read » : toutes ; un supérieur ' +
      'hiérarchique : celle de son administration seulement.',
  })
  statsCreditBalances(
    @Arg('year', () => Int, { description: 'Année civile.' }) year: number,
    @Arg('administrationId', () => ID, { nullable: true, description: 'Seulement cette administration.' })
    administrationId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CreditBalance[]> {
    return creditBalancesOf(ctx, year, administrationId);
  }

  @Authorized()
  @Mutation(() => CreditEntry, {
    description:
      'Corrige une écriture du crédit virtuel par une nouvelle écriture (heures en plus ou en moins, avec un ' +
      'motif) ; l’écriture corrigée reste telle quelle. Équipe du programme seulement.',
  })
  correctCreditEntry(
    @Arg('entryId', () => ID, { description: 'Écriture corrigée.' }) entryId: string,
    @Arg('hours', () => Int, { description: 'Heures à ajouter (négatives : à retirer).' }) hours: number,
    @Arg('reason', { description: 'Motif de la correction.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CreditEntry> {
    return correctCreditEntry(ctx, entryId, hours, reason);
  }
}
