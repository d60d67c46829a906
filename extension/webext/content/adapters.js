// Site adapters: where each supported job board keeps a posting's title and description, and on which
// hosts. The table is pure data plus a host lookup; findPosting reads the DOM with querySelector. The
// manifest's content-script matches and host permissions are this table's hosts, exactly (checked by
// test/adapters.test.js), so a board's hosts are written down once.
'use strict';
(() => {
  const ns = (globalThis.RoleLens ??= {});
  if (ns.adapters) return;

  /**
   * One entry per board. hosts: the hosts it serves, as match-pattern hosts ("*.x.com" is x.com and
   * every subdomain), each becoming "*://HOST/*" in the manifest; title/body: CSS selectors tried in
   * order (a body selector may match several sections, all kept in page order); spa: the board swaps
   * postings without loading a page.
   */
  const ADAPTERS = Object.freeze([
    {
      id: 'linkedin', name: 'LinkedIn', spa: true,
      // www, and the country hosts (uk., de., in., au., ca., …) that logged-out job links and shares use
      hosts: ['*.linkedin.com'],
      title: ['.job-details-jobs-unified-top-card__job-title h1', '.jobs-unified-top-card__job-title', 'h1.top-card-layout__title', '.jobs-details h1'],
      body: ['.jobs-description__content .jobs-box__html-content', '#job-details', '.show-more-less-html__markup', '.description__text'],
    },
    {
      id: 'indeed', name: 'Indeed', spa: true,
      // www and the country hosts (uk., au., ca., de., in., …); indeed.co.uk and the like only redirect there
      hosts: ['*.indeed.com'],
      title: ['h1.jobsearch-JobInfoHeader-title', '[data-testid="jobsearch-JobInfoHeader-title"]', 'h2.jobsearch-JobInfoHeader-title'],
      body: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
    },
    {
      id: 'greenhouse', name: 'Greenhouse', hosts: ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io'],
      title: ['.job__title h1', 'h1.app-title', '#header .app-title', 'h1.section-header'],
      body: ['.job__description', '#content'],
    },
    {
      id: 'lever', name: 'Lever', hosts: ['jobs.lever.co', 'jobs.eu.lever.co'],
      title: ['.posting-headline h2'],
      body: ['.posting-page [data-qa="job-description"], .posting-page .section.page-centered:has(> .posting-requirements), .posting-page [data-qa="closing-description"]'],
    },
    {
      id: 'workday', name: 'Workday', spa: true,
      // each employer's tenant (acme.wd5.myworkdayjobs.com) and the shared sites (wd3.myworkdaysite.com)
      hosts: ['*.myworkdayjobs.com', '*.myworkdaysite.com'],
      title: ['[data-automation-id="jobPostingHeader"]'],
      body: ['[data-automation-id="jobPostingDescription"]'],
    },
    {
      id: 'ashby', name: 'Ashby', hosts: ['jobs.ashbyhq.com'], spa: true,
      title: ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading'],
      body: ['.ashby-job-posting-right-pane [class*="_descriptionText_"]', '[class*="_descriptionText_"]', '#overview'],
    },
    {
      id: 'smartrecruiters', name: 'SmartRecruiters', hosts: ['jobs.smartrecruiters.com', 'careers.smartrecruiters.com'],
      title: ['h1.job-title', '[itemprop="title"]'],
      body: ['[itemprop="description"] .job-section', '[itemprop="description"]'],
    },
    {
      id: 'glassdoor', name: 'Glassdoor', spa: true,
      // one domain per country, the site on www. (Belgium and Switzerland per language: nl., fr., de.)
      hosts: [
        'www.glassdoor.com', 'www.glassdoor.co.uk', 'www.glassdoor.ca', 'www.glassdoor.com.au', 'www.glassdoor.co.in',
        'www.glassdoor.de', 'www.glassdoor.fr', 'www.glassdoor.nl', 'www.glassdoor.es', 'www.glassdoor.it',
        'www.glassdoor.com.br', 'www.glassdoor.ie', 'www.glassdoor.sg', 'www.glassdoor.co.nz', '*.glassdoor.be', '*.glassdoor.ch',
      ],
      title: ['[data-test="job-title"]', 'h1[id^="jd-job-title"]'],
      body: ['[class*="JobDetails_jobDescription"]', '.jobDescriptionContent', '[data-test="jobDescriptionContent"]'],
    },
    {
      id: 'wellfound', name: 'Wellfound', hosts: ['wellfound.com', 'www.wellfound.com'], spa: true,
      title: ['[data-test="JobDetail"] h1', 'main h1'],
      body: ['[data-test="JobDetail"] [class*="styles_description"]', '[class*="styles_description"]'],
    },
  ]);

  /** Whether a match-pattern host ("jobs.lever.co", "*.indeed.com") covers a hostname. */
  function hostMatches(pattern, host) {
    return pattern.startsWith('*.') ? host === pattern.slice(2) || host.endsWith(pattern.slice(1)) : host === pattern;
  }

  /** The adapter for a hostname, or null for a page on no supported board. */
  function adapterFor(hostname) {
    const host = String(hostname).toLowerCase().replace(/\.$/, '');
    return ADAPTERS.find((a) => a.hosts.some((pattern) => hostMatches(pattern, host))) ?? null;
  }

  /** The manifest's match patterns for every board: what content_scripts matches and host_permissions hold. */
  function matchPatterns() {
    return ADAPTERS.flatMap((a) => a.hosts.map((host) => `*://${host}/*`));
  }

  function firstMatch(doc, selectors) {
    for (const selector of selectors) {
      const found = doc.querySelector(selector);
      if (found && found.textContent.trim()) return found;
    }
    return null;
  }

  /** Drops roots inside other roots, keeping page order. */
  function outermost(elements) {
    return elements.filter((el, i) => !elements.some((other, j) => j !== i && other !== el && other.contains(el)));
  }

  /** {title, roots} as the adapter finds them in the document, or null when the posting is not there (yet). */
  function findPosting(doc, adapter) {
    for (const selector of adapter.body) {
      const roots = outermost([...doc.querySelectorAll(selector)].filter((el) => el.textContent.trim()));
      if (roots.length > 0) {
        const title = firstMatch(doc, adapter.title);
        return { title: title ? title.textContent.replace(/\s+/g, ' ').trim() : '', roots };
      }
    }
    return null;
  }

  ns.adapters = Object.freeze({ ADAPTERS, adapterFor, findPosting, hostMatches, matchPatterns, outermost });
})();
