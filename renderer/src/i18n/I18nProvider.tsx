/**
 * The UI language and its messages, for every component. The language comes from
 * the host (`app:info`) and changes at once when the user picks another one.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { formatMessage, type MessageKey, type MessageParams } from '../../../shared/i18n/messages';
import type { UiLanguage } from '../../../shared/settings';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nValue {
  language: UiLanguage;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  language: 'vi',
  t: (key, params) => formatMessage('vi', key, params),
});

export function I18nProvider({
  language,
  children,
}: {
  language: UiLanguage;
  children: ReactNode;
}) {
  const value = useMemo<I18nValue>(
    () => ({ language, t: (key, params) => formatMessage(language, key, params) }),
    [language],
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
