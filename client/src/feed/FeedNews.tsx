import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useFeed } from './FeedProvider';

/**
 * What the feed brought since the agent last looked at it: the count for the header's bell, and a
 * polite announcement of each new mission for screen readers, on whichever screen they are.
 */
export function useFeedNews(): { unseen: number; announcement: string } {
  const { items } = useFeed();
  const { pathname } = useLocation();
  const [seen, setSeen] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(0);

  useEffect(() => {
    if (pathname === '/') setSeen(items.length);
  }, [pathname, items.length]);

  useEffect(() => {
    const fresh = items.length - announced.current;
    announced.current = items.length;
    const newest = items[0];
    if (fresh <= 0 || !newest) return;
    const title = newest.match.mission.title;
    setAnnouncement(
      fresh === 1
        ? `Nouvelle mission qui vous correspond : ${title}`
        : `${fresh} nouvelles missions qui vous correspondent, dont ${title}`,
    );
  }, [items]);

  return { unseen: Math.max(0, items.length - seen), announcement };
}
