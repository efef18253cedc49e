/** The settings dialog: for now, the UI language. */
import { useEffect, useId, useRef } from 'react';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../../shared/settings';
import { useI18n } from '../i18n/I18nProvider';
import type { HouseStyle } from '../../../shared/house-style';
import { HouseStyleFields } from '../house-style/HouseStyleFields';

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
  onHouseStyleChange?: (next: HouseStyle) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const selectId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {t('settings.title')}
      </h2>
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
          <option key={choice} value={choice}>
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
    </dialog>
  );
}
