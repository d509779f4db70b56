import type { Metadata } from 'next';
import { PageLink } from '@/components/layout/PageLink';

import { sourceList, study } from '@/content/study';

export const metadata: Metadata = {
  title: 'About',
  description:
    'What this module is and is not, its references, how it treats your privacy, and its accessibility.',
};

/** A full reference; its DOI, if any, becomes a link (written once, not twice). */
function Reference({ citation, doi }: { citation: string; doi?: string }) {
  if (!doi) return <>{citation}</>;
  const text = citation.endsWith(`doi:${doi}`) ? citation.slice(0, -`doi:${doi}`.length).trimEnd() : citation;
  return (
    <>
      {text} <a href={`https://doi.org/${doi}`}>doi:{doi}</a>
    </>
  );
}

export default function AboutPage() {
  return (
    <article>
      <h1>About this module</h1>
      <p className="lede">
        Friend Request? is a short course on what happens when patients and doctors meet on social networks.
        It is built around one US national survey from 2010 and the professional guidance written since.
      </p>

      <div className="prose">
        <section aria-labelledby="what-it-is">
          <h2 id="what-it-is">What it is, and what it is not</h2>
          <p>
            The lessons are for medical students, residents, practicing physicians and others learning a
            health profession. You answer questions like the survey’s yourself, see how the national
            respondents answered, and check what you have learned.
          </p>
          <ul>
            <li>
              It gives a <strong>certificate of completion</strong>. It carries no CME credit or any other
              continuing-education credit, and it is not accredited by any body.
            </li>
            <li>
              It is teaching material, not legal advice, and it does not replace the rules of your school,
              hospital, employer or licensing board.
            </li>
            <li>
              The cases in the lessons are written for this module to give you something concrete to think
              about. They are not drawn from the survey and do not describe real people.
            </li>
            <li>
              The figures come from the survey’s published abstract and from the other sources listed below;
              the questions you answer are worded by the module. The{' '}
              <PageLink href="/data">data page</PageLink> shows every figure with its source and its limits.
            </li>
          </ul>
        </section>

        <section aria-labelledby="references">
          <h2 id="references">References</h2>
          <ol>
            {sourceList.map((source) => (
              <li key={source.id} id={`ref-${source.id}`}>
                <Reference citation={source.citation} doi={source.doi} />
              </li>
            ))}
            <li id="ref-critique">
              Letter to the editors about the survey, J Gen Intern Med. PubMed Central{' '}
              <a href={`https://pmc.ncbi.nlm.nih.gov/articles/${study.publishedCritique.pmcid}/`}>
                {study.publishedCritique.pmcid}
              </a>
              . Its argument about non-response is summarised on the data page.
            </li>
          </ol>
          <p>
            Only the abstract of the survey could be read in preparing the module. A figure that was seen only
            in a news summary of its source is marked as second-hand wherever it appears.
          </p>
        </section>

        <section aria-labelledby="privacy">
          <h2 id="privacy">Privacy</h2>
          <p>
            What you do in the module stays in your browser. Your progress, your answers to the polls and your
            quiz answers are saved in your browser’s local storage on this device, so that you can stop and
            pick up where you left off. Clearing your browser’s site data removes them, and they do not follow
            you to another device or browser.
          </p>
          <p>
            The one exception is a certificate. When you ask for one, your browser sends the server the name
            you typed and your final-check answers so that it can grade and sign the certificate. The server
            keeps none of it. Your answers to the attitude questions go into a certificate only if you choose
            to share them with the educator who assigned the module.
          </p>
          <p>
            There are no analytics, no tracking, no cookies and no advertising. The pages load nothing from
            other companies’ servers: fonts, scripts and images all come from this site. Links to outside
            sources, such as the references above, are followed only if you click them.
          </p>
        </section>

        <section aria-labelledby="accessibility">
          <h2 id="accessibility">Accessibility</h2>
          <p>
            The module aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. In
            particular:
          </p>
          <ul>
            <li>Everything can be done with a keyboard alone, with a visible focus indicator.</li>
            <li>
              Every chart has a table or text that gives the same figures, and no information is given by
              colour alone.
            </li>
            <li>
              Text and controls are designed for a contrast of at least 4.5 to 1, in light and dark modes.
            </li>
            <li>Animations are brief, and they are switched off when your device asks for reduced motion.</li>
            <li>Pages use headings, lists, tables and form labels that screen readers can announce.</li>
          </ul>
          <p>
            If something gets in your way, please tell the educator who gave you the module, so that they can
            pass it on and find another way for you to complete it in the meantime.
          </p>
        </section>
      </div>
    </article>
  );
}
