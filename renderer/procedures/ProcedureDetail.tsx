/** The body of a procedure's detail page: checklist, channels, steps, agency, result, legal basis, QR. */
import type { ComponentType, ReactNode, SVGProps } from 'react';
import type { ProcedureDocument, ProcedureRecord } from '../../shared/contract/index.ts';
import { BuildingIcon, ClockIcon, InfoIcon, MoneyIcon, QuestionIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { documentCounts, groupDocuments, otherUnparsed, sectionHasContent, sortChannels, unparsedFor } from './procedure-sections.ts';
import type { DetailSection } from './procedure-sections.ts';
import { ChecklistIcon, LawIcon, PeopleIcon, ResultIcon, StepsIcon } from './procedure-icons.tsx';
import { ProcedureQr } from './ProcedureQr.tsx';

type Icon = ComponentType<SVGProps<SVGSVGElement>>;

interface DetailCardProps {
  section: DetailSection | 'other';
  title: string;
  Icon: Icon;
  /** Source text the catalogue could not read into structure: shown as it is. */
  sourceText?: string | null;
  children?: ReactNode;
}

function DetailCard({ section, title, Icon, sourceText = null, children }: DetailCardProps) {
  const { t } = useI18n();
  return (
    <section className={`card detail-card detail-card--${section}`} data-testid={`procedure-${section}`} aria-labelledby={`procedure-${section}-title`}>
      <h3 id={`procedure-${section}-title`} className="card__title">
        <Icon className="card__title-icon" />
        {title}
      </h3>
      {children}
      {sourceText !== null && (
        <div className="detail-card__source" data-testid="procedure-source-text">
          {children ? <p className="detail-card__source-note">{t('procedures.sourceText')}</p> : null}
          <p className="detail-card__text">{sourceText}</p>
        </div>
      )}
    </section>
  );
}

function DocumentLine({ document, index }: { document: ProcedureDocument; index: number }) {
  const { t } = useI18n();
  const counts = documentCounts(document);
  return (
    <li className="document" data-testid="procedure-document">
      <span className="document__number" aria-hidden="true">
        {index}
      </span>
      <div className="document__text">
        <p className="document__name">{document.name}</p>
        {counts.length > 0 && (
          <p className="document__counts">
            {counts.map(({ kind, count }) => (
              <span
                key={kind}
                className={`document__count${count === 0 ? ' document__count--none' : ''}`}
                data-testid={kind === 'original' ? 'document-originals' : 'document-copies'}
              >
                {kind === 'original' ? t('procedures.original', { count }) : t('procedures.copy', { count })}
              </span>
            ))}
          </p>
        )}
        {document.formTemplate && (
          <p className="document__form" data-testid="document-form">
            {t('procedures.formTemplate', { name: document.formTemplate })}
          </p>
        )}
      </div>
    </li>
  );
}

function Documents({ procedure }: { procedure: ProcedureRecord }) {
  const { t } = useI18n();
  const groups = groupDocuments(procedure.documents);
  const sourceText = unparsedFor(procedure, 'documents');
  let number = 0;
  return (
    <DetailCard section="documents" title={t('procedures.documents')} Icon={ChecklistIcon} sourceText={sourceText}>
      {groups.length === 0 && sourceText === null && <p>{t('procedures.documentsNone')}</p>}
      {groups.map((group, i) => (
        <div key={i} className="documents__group">
          {group.heading && <h4 className="documents__heading">{group.heading}</h4>}
          <ol className="documents__list">
            {group.documents.map((document, j) => (
              <DocumentLine key={j} document={document} index={++number} />
            ))}
          </ol>
        </div>
      ))}
    </DetailCard>
  );
}

function Channels({ procedure }: { procedure: ProcedureRecord }) {
  const { t } = useI18n();
  return (
    <DetailCard section="channels" title={t('procedures.channels')} Icon={ClockIcon} sourceText={unparsedFor(procedure, 'channels')}>
      {procedure.channels.length > 0 && (
        <ul className="channels" role="list">
          {sortChannels(procedure.channels).map((channel, i) => (
            <li key={i} className="channel" data-testid="procedure-channel" data-channel={channel.channel}>
              <h4 className="channel__name">{t(`procedures.channel.${channel.channel}`)}</h4>
              <dl className="channel__facts">
                <div className="channel__fact">
                  <dt>
                    <ClockIcon className="channel__icon" />
                    {t('procedures.processingTime')}
                  </dt>
                  <dd data-testid="channel-time">{channel.processingTime ?? t('procedures.notStated')}</dd>
                </div>
                <div className="channel__fact">
                  <dt>
                    <MoneyIcon className="channel__icon" />
                    {t('procedures.fees')}
                  </dt>
                  <dd data-testid="channel-fees">{channel.fees ?? t('procedures.notStated')}</dd>
                </div>
              </dl>
              {channel.description && <p className="channel__description">{channel.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </DetailCard>
  );
}

function TextCard({ procedure, section, title, Icon, text }: { procedure: ProcedureRecord; section: DetailSection; title: string; Icon: Icon; text: string | null }) {
  if (!sectionHasContent(procedure, section)) return null;
  return (
    <DetailCard section={section} title={title} Icon={Icon} sourceText={unparsedFor(procedure, section)}>
      {text && <p className="detail-card__text">{text}</p>}
    </DetailCard>
  );
}

function ListCard({ procedure, section, title, Icon, items, ordered = false }: { procedure: ProcedureRecord; section: DetailSection; title: string; Icon: Icon; items: readonly string[]; ordered?: boolean }) {
  if (!sectionHasContent(procedure, section)) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <DetailCard section={section} title={title} Icon={Icon} sourceText={unparsedFor(procedure, section)}>
      {items.length > 0 && (
        <List className={`detail-list${ordered ? ' detail-list--ordered' : ''}`}>
          {items.map((item, i) => (
            <li key={i} className="detail-card__text">
              {item}
            </li>
          ))}
        </List>
      )}
    </DetailCard>
  );
}

/** The body of the detail page, for one loaded procedure. */
export function ProcedureDetail({ procedure }: { procedure: ProcedureRecord }) {
  const { t } = useI18n();
  const legalBasis = procedure.legalBasis.map((entry) => (entry.number && !entry.title.includes(entry.number) ? `${entry.number}: ${entry.title}` : entry.title));
  return (
    <div className="procedure-detail">
      <div className="procedure-detail__main">
        <Documents procedure={procedure} />
        {sectionHasContent(procedure, 'channels') && <Channels procedure={procedure} />}
        <ListCard procedure={procedure} section="steps" title={t('procedures.steps')} Icon={StepsIcon} items={procedure.steps} ordered />
        <TextCard procedure={procedure} section="conditions" title={t('procedures.conditions')} Icon={InfoIcon} text={procedure.conditions} />
      </div>
      <div className="procedure-detail__side">
        <ProcedureQr code={procedure.code} />
        <TextCard procedure={procedure} section="agency" title={t('procedures.agency')} Icon={BuildingIcon} text={procedure.agency} />
        <ListCard procedure={procedure} section="applicants" title={t('procedures.applicants')} Icon={PeopleIcon} items={procedure.applicants} />
        <TextCard procedure={procedure} section="result" title={t('procedures.result')} Icon={ResultIcon} text={procedure.result} />
        <ListCard procedure={procedure} section="legalBasis" title={t('procedures.legalBasis')} Icon={LawIcon} items={legalBasis} />
        {otherUnparsed(procedure).map(({ key, text }) => (
          <DetailCard key={key} section="other" title={t('procedures.otherInfo')} Icon={QuestionIcon} sourceText={text} />
        ))}
      </div>
    </div>
  );
}
