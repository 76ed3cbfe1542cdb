/**
 * English or Spanish, as a group of two buttons, each named in its own language and marked with its `lang`
 * so a screen reader pronounces "Español" in Spanish. React-aria's ToggleButtonGroup gives the group its
 * role and keyboard behaviour; exactly one is always chosen.
 */
import { ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../presenters/language.ts';

export function LanguageSwitch({
  value,
  onChange,
  className,
}: {
  value: Language;
  onChange: (language: Language) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <ToggleButtonGroup
      aria-label={t('language.label')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[value]}
      onSelectionChange={(keys: Set<Key>) => {
        const [next] = [...keys];
        if (isLanguage(next) && next !== value) onChange(next);
      }}
      className={`language-switch${className ? ` ${className}` : ''}`}
    >
      {LANGUAGES.map((language) => (
        <ToggleButton key={language} id={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
