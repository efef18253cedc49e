/**
 * The house-style part of the settings dialog: tone-mark placement, headline
 * and sapo limits, curly quotes. Each change is saved at once; a number is
 * saved only once it is within the limits the settings schema accepts, and
 * one outside them says so (it was refused without a word before).
 */
import { useId, useState } from 'react';
import { houseStyleSchema, TONE_STYLES, type HouseStyle } from '../../../shared/house-style';
import { useI18n } from '../i18n/I18nProvider';

export function HouseStyleFields({
  value,
  onChange,
}: {
  value: HouseStyle;
  /** The values changed, and only those: main keeps the rest as stored. */
  onChange: (changed: Partial<HouseStyle>) => void;
}) {
  const { t } = useI18n();
  const ids = { tone: useId(), headline: useId(), sapo: useId(), quotes: useId() };
  const errorIds = { headlineMaxChars: useId(), sapoMaxChars: useId() };
  const [draftNumbers, setDraftNumbers] = useState({
    headlineMaxChars: String(value.headlineMaxChars),
    sapoMaxChars: String(value.sapoMaxChars),
  });

  const change = (patch: Partial<HouseStyle>) => {
    // Not the whole style: `value` is the one last saved, and a change made
    // while an earlier one is still being saved would put that one back.
    if (houseStyleSchema.safeParse({ ...value, ...patch }).success) onChange(patch);
  };

  /**
   * The number typed, when it is written in digits alone: a number input also
   * takes "1e2" or "9.", which Number() read as 100 or 9, so a form the field
   * still showed was saved as another.
   */
  const typedNumber = (text: string): number | null =>
    /^\s*\d+\s*$/.test(text) ? Number(text) : null;

  const numberField = (key: 'headlineMaxChars' | 'sapoMaxChars', id: string) => {
    const schema = houseStyleSchema.shape[key];
    const text = draftNumbers[key];
    const typed = typedNumber(text);
    const invalid = typed === null || !schema.safeParse(typed).success;
    return (
      <>
        <input
          id={id}
          className="text-input"
          type="number"
          inputMode="numeric"
          min={schema.minValue ?? undefined}
          max={schema.maxValue ?? undefined}
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorIds[key] : undefined}
          onChange={(event) => {
            const next = event.target.value;
            setDraftNumbers((previous) => ({ ...previous, [key]: next }));
            const number = typedNumber(next);
            if (number !== null) change({ [key]: number });
          }}
        />
        {invalid && (
          <p id={errorIds[key]} className="field-error">
            {t('settings.numberRefused', {
              min: schema.minValue ?? 0,
              max: schema.maxValue ?? 0,
              kept: value[key],
            })}
          </p>
        )}
      </>
    );
  };

  return (
    <fieldset className="settings-group">
      <legend className="field-label">{t('settings.houseStyle')}</legend>
      <label htmlFor={ids.tone} className="field-label">
        {t('settings.toneStyle')}
      </label>
      <select
        id={ids.tone}
        className="select"
        value={value.toneStyle}
        onChange={(event) => change({ toneStyle: event.target.value as HouseStyle['toneStyle'] })}
      >
        {TONE_STYLES.map((style) => (
          <option key={style} value={style}>
            {t(`settings.toneStyle.${style}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.headline} className="field-label">
        {t('settings.headlineMaxChars')}
      </label>
      {numberField('headlineMaxChars', ids.headline)}
      <label htmlFor={ids.sapo} className="field-label">
        {t('settings.sapoMaxChars')}
      </label>
      {numberField('sapoMaxChars', ids.sapo)}
      <label htmlFor={ids.quotes} className="checkbox-label">
        <input
          id={ids.quotes}
          type="checkbox"
          checked={value.curlyQuotes}
          onChange={(event) => change({ curlyQuotes: event.target.checked })}
        />{' '}
        {t('settings.curlyQuotes')}
      </label>
    </fieldset>
  );
}
