/**
 * Which sections of the story page the reader opened or closed, remembered across stories and
 * sessions (UI state: localStorage of the panel's own origin, never the story cache).
 */
import { create } from 'zustand';

/** Closed until the reader opens them: what the page shows first must fit about one screen. */
export const CLOSED_BY_DEFAULT: readonly string[] = ['behind', 'questions', 'related', 'sources'];
const KEY = 'parallax:sections';

function load(): Record<string, boolean> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return v && typeof v === 'object' ? (v as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

interface SectionState {
  open: Record<string, boolean>;
  toggle: (id: string) => void;
  show: (id: string) => void;
}

export const useSections = create<SectionState>((set, get) => {
  const save = (open: Record<string, boolean>) => {
    set({ open });
    try {
      localStorage.setItem(KEY, JSON.stringify(open));
    } catch {
      // Storage refused (a private profile's quota): the choice holds for this panel only.
    }
  };
  return {
    open: load(),
    toggle: (id) => save({ ...get().open, [id]: !isOpen(get().open, id) }),
    show: (id) => save({ ...get().open, [id]: true }),
  };
});

export const isOpen = (open: Record<string, boolean>, id: string) => open[id] ?? !CLOSED_BY_DEFAULT.includes(id);
