/** The settings dialog: for now, the UI language. */
import { useId } from 'react';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../../shared/settings';
import { useI18n } from '../i18n/I18nProvider';
import type { HouseStyle } from '../../../shared/house-style';
import { HouseStyleFields } from '../house-style/HouseStyleFields';
import { ModalDialog } from './ModalDialog';

export function SettingsDialog({
  languageChoice,
  onLanguageChange,
  houseStyle,
  onHouseStyleChange,
  onClose,
}: {
  languageChoice: LanguageChoice;
  onLanguageChange: (choice: LanguageChoice) => void;
  /** The library's house style (issue #7); the section is left out without it. */
  houseStyle?: HouseStyle;
  onHouseStyleChange?: (changed: Partial<HouseStyle>) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const selectId = useId();
  return (
    <ModalDialog title={t('settings.title')} onCancel={onClose}>
      <label htmlFor={selectId} className="field-label">
        {t('settings.language')}
      </label>
      <select
        id={selectId}
        className="select"
        value={languageChoice}
        onChange={(event) => onLanguageChange(event.target.value as LanguageChoice)}
      >
        {LANGUAGE_CHOICES.map((choice) => (
          // A language's own name is in that language ("Tiếng Việt" in the English UI).
          <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
            {t(`settings.language.${choice}`)}
          </option>
        ))}
      </select>
      {houseStyle && onHouseStyleChange && (
        <HouseStyleFields value={houseStyle} onChange={onHouseStyleChange} />
      )}
      <div className="dialog-actions">
        <span className="dialog-actions-spacer" />
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
