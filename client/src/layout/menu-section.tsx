import { createContext, useContext, useEffect } from 'react';

/**
 * The menu entry a screen belongs to, when its address does not tell: an agreement
 * (`/candidatures/:id/convention`) is the agent's « Mes candidatures », the manager's « Mon équipe »
 * and the host's « Candidatures reçues ». A path: that entry is the current one; null: none is;
 * undefined: the address decides.
 */
export type MenuSection = string | null | undefined;

export const MenuSectionContext = createContext<(section: MenuSection) => void>(() => undefined);

/** Marks the menu entry of this screen for as long as it is shown. */
export function useMenuSection(section: MenuSection): void {
  const setSection = useContext(MenuSectionContext);
  useEffect(() => {
    setSection(section);
    return () => setSection(undefined);
  }, [setSection, section]);
}
