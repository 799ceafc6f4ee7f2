import { Supergraph } from '@apollo/federation-internals';
import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A breaking change that was reviewed and told to integrators beforehand, listed in
 * `schema/released/announced.json`: the change type and path as the comparison names them.
 */
export interface AnnouncedChange {
  change: string;
  path: string;
  reason: string;
}

/** How a breaking change was announced: deprecated in the released contract, or listed. */
export type Announcement = { by: 'deprecation'; reason: string } | { by: 'list'; reason: string };

export interface ContractChange {
  type: string;
  path: string;
  level: CriticalityLevel;
  /** The library's English sentence, kept as is for the changelog. */
  message: string;
  meta: Record<string, unknown>;
  /** Set for a breaking or dangerous change that was announced. */
  announcement: Announcement | null;
}

export interface Comparison {
  changes: ContractChange[];
  /** Breaking changes that nothing announced: the check fails on these. */
  unannounced: ContractChange[];
  /** Entries of the list that match no change: stale, so the list no longer says what was reviewed. */
  unusedAnnouncements: AnnouncedChange[];
}

/**
 * What clients see of a supergraph: its API schema (no join__/link__ machinery, no @inaccessible
 * element). Moving a field between subgraphs or changing an inaccessible field is no client's
 * business, so it is never reported.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Compares two supergraphs as clients see them. */
export async function compareContracts(
  releasedSupergraph: string,
  currentSupergraph: string,
  announced: AnnouncedChange[] = [],
): Promise<Comparison> {
  return compareSchemas(apiSchemaOf(releasedSupergraph), apiSchemaOf(currentSupergraph), announced);
}

/**
 * The rule: a BREAKING change passes only when announced, either
 *  - by deprecation first: a field, argument, input field or enum value removed now was already
 *    `@deprecated` in the released contract (a type removed now was reachable only through such
 *    elements, or through other types removed that way), or
 *  - by the reviewed list `announced.json` (same change type and path, with a reason).
 */
export async function compareSchemas(
  released: GraphQLSchema,
  current: GraphQLSchema,
  announced: AnnouncedChange[] = [],
): Promise<Comparison> {
  const raw = await diff(released, current);
  const removedTypes = new Set(
    raw.filter((change) => change.type === ChangeType.TypeRemoved).map((change) => change.path ?? ''),
  );
  const retired = retiredTypes(released, removedTypes);
  const used = new Set<AnnouncedChange>();
  const changes = raw.map((change): ContractChange => {
    const path = pathOf(change);
    const level = change.criticality.level;
    let announcement: Announcement | null = null;
    if (level !== CriticalityLevel.NonBreaking) {
      const listed = announced.find((entry) => entry.change === change.type && entry.path === path);
      if (listed) {
        used.add(listed);
        announcement = { by: 'list', reason: listed.reason };
      } else if (level === CriticalityLevel.Breaking) {
        const deprecation = deprecationOfRemoved(released, change, retired);
        if (deprecation !== null) announcement = { by: 'deprecation', reason: deprecation };
      }
    }
    return {
      type: change.type,
      path,
      level,
      message: change.message,
      meta: (change.meta ?? {}) as Record<string, unknown>,
      announcement,
    };
  });
  return {
    changes,
    unannounced: changes.filter((c) => c.level === CriticalityLevel.Breaking && !c.announcement),
    unusedAnnouncements: announced.filter((entry) => !used.has(entry)),
  };
}

/**
 * The library's path, made precise where it names only the parent: one union losing two members,
 * or a type leaving two interfaces, are two changes to announce one by one.
 */
function pathOf(change: Change): string {
  const meta = (change.meta ?? {}) as Record<string, unknown>;
  if (change.type === ChangeType.UnionMemberRemoved)
    return `${String(meta.unionName)}.${String(meta.removedUnionMemberTypeName)}`;
  if (change.type === ChangeType.ObjectTypeInterfaceRemoved)
    return `${String(meta.objectTypeName)}.${String(meta.removedInterfaceName)}`;
  return change.path ?? '';
}

/** The released deprecation reason of what a removal took away, or null if it was not deprecated. */
function deprecationOfRemoved(
  released: GraphQLSchema,
  change: Change,
  retired: Map<string, string>,
): string | null {
  const [typeName = '', member = '', argumentName = ''] = (change.path ?? '').split('.');
  const type = released.getType(typeName);
  switch (change.type) {
    case ChangeType.FieldRemoved:
      return (isObjectType(type) || isInterfaceType(type)) && type.getFields()[member]
        ? (type.getFields()[member]?.deprecationReason ?? null)
        : null;
    case ChangeType.FieldArgumentRemoved: {
      if (!isObjectType(type) && !isInterfaceType(type)) return null;
      const argument = type.getFields()[member]?.args.find((a) => a.name === argumentName);
      return argument?.deprecationReason ?? null;
    }
    case ChangeType.InputFieldRemoved:
      return isInputObjectType(type) ? (type.getFields()[member]?.deprecationReason ?? null) : null;
    case ChangeType.EnumValueRemoved:
      return isEnumType(type) ? (type.getValue(member)?.deprecationReason ?? null) : null;
    case ChangeType.TypeRemoved:
      return retired.get(typeName) ?? null;
    default:
      return null;
  }
}

/** Where a type is used in a schema: by a member (`Type.field`, `Type.field.arg`) or a union. */
interface Reference {
  /** The type holding the reference. */
  holder: string;
  /** The deprecation reason of the referring member; null for a member that is not deprecated. */
  deprecationReason: string | null;
}

function referencesTo(schema: GraphQLSchema): Map<string, Reference[]> {
  const references = new Map<string, Reference[]>();
  const add = (target: string, reference: Reference) => {
    const list = references.get(target) ?? [];
    list.push(reference);
    references.set(target, list);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(getNamedType(field.type).name, {
          holder: type.name,
          deprecationReason: field.deprecationReason ?? null,
        });
        for (const argument of field.args) {
          add(getNamedType(argument.type).name, {
            holder: type.name,
            deprecationReason: argument.deprecationReason ?? field.deprecationReason ?? null,
          });
        }
      }
      // An interface cannot be deprecated: implementing it is a reference that needs announcing.
      for (const implemented of type.getInterfaces())
        add(implemented.name, { holder: type.name, deprecationReason: null });
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(getNamedType(field.type).name, {
          holder: type.name,
          deprecationReason: field.deprecationReason ?? null,
        });
      }
    }
    if (isUnionType(type)) {
      for (const member of type.getTypes()) add(member.name, { holder: type.name, deprecationReason: null });
    }
  }
  return references;
}

/**
 * Removed types that were reachable, in the released schema, only through deprecated members or
 * through other such types (a deprecated field's return type, that type's own enums…), each with
 * the deprecation reason that retired it. A type nothing referred to is not retired: removing it
 * still breaks a fragment on it, and deprecation cannot have told anybody.
 */
function retiredTypes(released: GraphQLSchema, removed: Set<string>): Map<string, string> {
  const references = referencesTo(released);
  const retired = new Map<string, string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const name of removed) {
      if (retired.has(name)) continue;
      const uses = (references.get(name) ?? []).filter((use) => use.holder !== name);
      if (uses.length === 0) continue;
      const reasons = uses.map((use) => use.deprecationReason ?? retired.get(use.holder) ?? null);
      if (reasons.every((reason) => reason !== null)) {
        retired.set(name, reasons[0] ?? '');
        grew = true;
      }
    }
  }
  return retired;
}

/** What a breaking change does, in French, for the person whose change the check refuses. */
export function describeInFrench(change: ContractChange): string {
  const meta = change.meta;
  const from = (key: string) => String(meta[key] ?? '?');
  switch (change.type) {
    case ChangeType.FieldRemoved:
      return 'champ retiré';
    case ChangeType.FieldTypeChanged:
      return `type du champ changé de ${from('oldFieldType')} en ${from('newFieldType')}`;
    case ChangeType.FieldArgumentAdded:
      return `argument obligatoire ajouté (${from('addedArgumentType')}, sans valeur par défaut)`;
    case ChangeType.FieldArgumentRemoved:
      return 'argument retiré';
    case ChangeType.FieldArgumentTypeChanged:
      return `type de l’argument changé de ${from('oldArgumentType')} en ${from('newArgumentType')}`;
    case ChangeType.InputFieldAdded:
      return `champ d’entrée obligatoire ajouté (${from('addedInputFieldType')}, sans valeur par défaut)`;
    case ChangeType.InputFieldRemoved:
      return 'champ d’entrée retiré';
    case ChangeType.InputFieldTypeChanged:
      return `type du champ d’entrée changé de ${from('oldInputFieldType')} en ${from('newInputFieldType')}`;
    case ChangeType.EnumValueRemoved:
      return 'valeur d’énumération retirée';
    case ChangeType.TypeRemoved:
      return 'type retiré';
    case ChangeType.TypeKindChanged:
      return `nature du type changée (${from('oldTypeKind')} → ${from('newTypeKind')})`;
    case ChangeType.UnionMemberRemoved:
      return `type ${from('removedUnionMemberTypeName')} retiré de l’union ${from('unionName')}`;
    case ChangeType.ObjectTypeInterfaceRemoved:
      return `le type n’implémente plus l’interface ${from('removedInterfaceName')}`;
    default:
      return `changement incompatible (${change.type} : ${change.message})`;
  }
}

/** Removals that deprecation can announce: what can carry `@deprecated` in GraphQL. */
const DEPRECATABLE_REMOVALS = new Set<string>([
  ChangeType.FieldRemoved,
  ChangeType.FieldArgumentRemoved,
  ChangeType.InputFieldRemoved,
  ChangeType.EnumValueRemoved,
]);

/** The one way out for this change, in French. */
function howToAnnounce(change: ContractChange): string {
  if (DEPRECATABLE_REMOVALS.has(change.type)) {
    return 'marquez-le d’abord @deprecated(reason: "…") et publiez une version ; il pourra être retiré à la suivante';
  }
  if (change.type === ChangeType.TypeRemoved) {
    return 'dépréciez d’abord chaque champ ou argument qui y mène et publiez une version';
  }
  const entry = JSON.stringify({ change: change.type, path: change.path, reason: '…' });
  return (
    'préférez ajouter un nouvel élément et déprécier l’ancien (il pourra être retiré après une version) ; ' +
    `sinon inscrivez ${entry} dans schema/released/announced.json, avec la raison et la façon dont les ` +
    'intégrateurs ont été prévenus, et faites-le relire'
  );
}

/** The check's French verdict: what breaks, where, and how to announce each; null when it passes. */
export function explainRefusal(comparison: Comparison, releaseName: string): string | null {
  const lines: string[] = [];
  if (comparison.unannounced.length > 0) {
    lines.push(
      `Le contrat GraphQL n’est plus compatible avec la version publiée « ${releaseName} » (schema/released/) : ` +
        `${comparison.unannounced.length === 1 ? 'un changement incompatible n’a' : `${comparison.unannounced.length} changements incompatibles n’ont`} pas été annoncé${comparison.unannounced.length === 1 ? '' : 's'}.`,
    );
    for (const change of comparison.unannounced) {
      lines.push(
        `- ${change.path} : ${describeInFrench(change)}. Pour l’annoncer : ${howToAnnounce(change)}.`,
      );
    }
  }
  if (comparison.unusedAnnouncements.length > 0) {
    lines.push(
      'schema/released/announced.json annonce des changements qui n’ont pas lieu (retirez ces entrées, ou corrigez leur « change » et leur « path ») :',
    );
    for (const entry of comparison.unusedAnnouncements) lines.push(`- ${entry.change} ${entry.path}`);
  }
  if (lines.length === 0) return null;
  lines.push('Règles : docs/integrators.md, « Versioning and deprecation ».');
  return lines.join('\n');
}
