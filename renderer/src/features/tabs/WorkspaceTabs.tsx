import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import type { Tab as TabName } from '../../../../shared/ipc';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectTab } from '../../app/selectors';
import { setTab } from '../../app/workspaceSlice';
import { useListCounts } from '../counts/useListCounts';

const order: TabName[] = ['inbound', 'outbound', 'favorites'];

export const tabId = (tab: TabName) => `workspace-tab-${tab}`;
export const tabPanelId = 'workspace-tabpanel';

/**
 * The three top-level tabs, each with its count of deals; while a search or filter is set, "4 of 1,204": what
 * matches beside the total. Each tab's accessible name is exactly its word; the count sits in its own
 * chip, hidden from the name and linked as the tab's description, so "Inbound" stays "Inbound" for
 * screen readers and tests (and no aria-label contradicts the visible text).
 */
export function WorkspaceTabs() {
  const { t, i18n } = useTranslation();
  const dispatch = useAppDispatch();
  const tab = useAppSelector(selectTab);
  const { totals: counts, matching } = useListCounts();

  return (
    <Tabs value={tab} onChange={(_e, next: TabName) => dispatch(setTab(next))} aria-label={t('dealLists')}>
      {order.map((name) => {
        const total = counts?.[name].total;
        const shown = matching?.[name].total;
        const countId = `${tabId(name)}-count`;
        return (
          <Tab
            key={name}
            value={name}
            id={tabId(name)}
            aria-controls={tabPanelId}
            aria-describedby={total === undefined ? undefined : countId}
            label={
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
                {t(`tab.${name}`)}
                {total !== undefined && (
                  <Chip
                    id={countId}
                    size="small"
                    label={
                      shown === undefined
                        ? total.toLocaleString(i18n.language)
                        : `${shown.toLocaleString(i18n.language)} / ${total.toLocaleString(i18n.language)}`
                    }
                    aria-label={shown === undefined ? t('deals', { count: total }) : `${shown} / ${t('deals', { count: total })}`}
                    aria-hidden
                    color={tab === name ? 'primary' : 'default'}
                    variant={tab === name ? 'filled' : 'outlined'}
                    sx={{ height: 20, fontSize: 11, cursor: 'inherit' }}
                  />
                )}
              </Box>
            }
          />
        );
      })}
    </Tabs>
  );
}
