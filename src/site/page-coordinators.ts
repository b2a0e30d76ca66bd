// «Координаторы»: districts and schools of the registry. A coordinator's name,
// position, phone or e-mail appears only when the registry marks that field
// public (the contact's own `public`, or the registry's); personal data is
// never published by default.
import type { Contact, ContactField, Registry } from '../schema/reports.js';
import { typeset } from '../text/typography.js';
import { html, type Html } from './html.js';

export const coordinatorsPath = 'coordinators.html';

/** The fields of a contact the site may show. */
function publicContact(contact: Contact | undefined, registry: Registry): Partial<Record<ContactField, string>> {
  if (!contact) return {};
  const allowed = new Set<ContactField>(contact.public ?? registry.public ?? []);
  const shown: Partial<Record<ContactField, string>> = {};
  for (const field of allowed) if (contact[field] !== undefined) shown[field] = contact[field];
  return shown;
}

function contactCell(contact: Partial<Record<ContactField, string>>): Html {
  const parts = [
    contact.name ? html`${typeset(contact.name)}` : '',
    contact.position ? html`${typeset(contact.position)}` : '',
    contact.phone ? html`<a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>` : '',
    contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : '',
  ].filter((part) => part !== '');
  return parts.length ? html`${parts.map((part, i) => html`${i ? html`<br>` : ''}${part}`)}` : html`—`;
}

export function coordinatorsPage(registry: Registry | undefined): Html {
  if (!registry) return html`<h1>Координаторы</h1><p>Реестр районов и школ пока не добавлен.</p>`;
  return html`<h1>Координаторы${registry.region ? html` — ${typeset(registry.region)}` : ''}</h1>
${registry.districts.map((district) => {
  const schools = registry.schools.filter((school) => school.district === district.id);
  return html`<section aria-labelledby="district-${district.id}">
<h2 id="district-${district.id}">${typeset(district.name)}</h2>
<p>Координатор района: ${contactCell(publicContact(district.coordinator, registry))}</p>
${
  schools.length
    ? html`<table tabindex="0">
<caption>Школы: ${typeset(district.name)}</caption>
<thead><tr><th scope="col">Школа</th><th scope="col">Координатор</th></tr></thead>
<tbody>${schools.map((school) => html`<tr><th scope="row">${typeset(school.shortName ?? school.name)}</th><td>${contactCell(publicContact(school.coordinator, registry))}</td></tr>`)}</tbody>
</table>`
    : ''
}
</section>`;
})}`;
}
