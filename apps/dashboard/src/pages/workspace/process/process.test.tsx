import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../App';
import { resetViewer } from '../../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../../test/fetchStub';
import { shellData } from '../../../test/fixtures';
import { staffViewer } from '../fixtures';
import { lazyLoad } from '../../../test/lazyLoad';

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

const options = {
  municipalities: [{ id: 'Municipality:05124000', ags: '05124000', name: 'Wuppertal' }],
  actors: { edges: [{ node: { id: 'Actor:1', name: 'Bürgerverein Ölberg' } }] },
  contacts: { edges: [{ node: { id: 'Contact:1', firstName: 'Sabine', lastName: 'Kowalski' } }] },
  events: { edges: [{ node: { id: 'Event:1', title: 'Workshop Wuppertal', date: '2026-03-10' } }] },
  interviews: { edges: [] },
  recommendations: { edges: [{ node: { id: 'Recommendation:1', title: 'Radverkehr ausbauen' } }] },
};

const storedEvent = {
  id: 'Event:9',
  kind: 'WORKSHOP',
  titleDe: 'Zukunftswerkstatt',
  titleEn: null,
  startsAt: '2026-05-02T15:00:00.000Z',
  endsAt: null,
  place: 'Rathaus',
  description: null,
  minutes: null,
  isPublic: true,
  municipality: { ags: '05124000' },
  participants: [] as unknown[],
};

function common(request: RecordedRequest): unknown {
  if (request.operationName === 'Shell') return { data: shellData(false) };
  if (request.operationName === 'Viewer') return { data: { viewer: staffViewer } };
  if (request.operationName === 'ProcessOptions') return { data: options };
  return { data: {} };
}

const validation = (field: string, reason: string) => ({ __typename: 'ValidationError', code: 'VALIDATION', message: `${field}: ${reason}`, problems: [{ field, reason }] });

beforeEach(() => resetViewer());

describe('events', () => {
  it('names the refused field, keeps the input, then creates the event and adds a participant', async () => {
    let attempts = 0;
    const participants: unknown[] = [];
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'CreateEvent') {
        attempts += 1;
        return { data: { createEvent: attempts === 1 ? validation('titleDe', 'darf nicht leer sein') : { __typename: 'Event', id: 'Event:9' } } };
      }
      if (request.operationName === 'WorkspaceEvent') return { data: { event: { ...storedEvent, participants: { totalCount: participants.length, nodes: [...participants] } } } };
      if (request.operationName === 'AddParticipation') {
        participants.push({ id: 'Participation:1', role: 'EXPERT_INPUT', topic: 'Radwege', actor: { id: 'Actor:1', name: 'Bürgerverein Ölberg' }, contact: null });
        return { data: { addParticipation: { __typename: 'Event', id: 'Event:9' } } };
      }
      return common(request);
    });
    renderAt('/arbeitsbereich/veranstaltungen/neu');
    await screen.findByRole('heading', { level: 1, name: 'Neue Veranstaltung' }, lazyLoad);
    fireEvent.change(screen.getByLabelText(/^Art/), { target: { value: 'WORKSHOP' } });
    fireEvent.change(screen.getByLabelText(/^Beginn/), { target: { value: '2026-05-02T17:00' } });
    fireEvent.change(screen.getByLabelText(/^Ort/), { target: { value: 'Rathaus' } });
    const municipality = screen.getByLabelText(/^Kommune/);
    await within(municipality).findByRole('option', { name: 'Wuppertal' });
    fireEvent.change(municipality, { target: { value: '05124000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    const title = screen.getByLabelText(/^Titel \(deutsch\)/);
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(title.getAttribute('aria-describedby') ?? '')?.textContent).toBe('darf nicht leer sein');
    expect((screen.getByLabelText(/^Ort/) as HTMLInputElement).value).toBe('Rathaus');
    expect(screen.getByTestId('form-error').textContent).toBe('Bitte prüfen Sie die markierten Felder.');

    fireEvent.change(title, { target: { value: 'Zukunftswerkstatt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anlegen' }));
    await screen.findByRole('heading', { level: 1, name: 'Veranstaltung bearbeiten: Zukunftswerkstatt' });
    const created = requests.filter((r) => r.operationName === 'CreateEvent').at(-1)?.variables as { input: Record<string, unknown> };
    expect(created.input).toMatchObject({ kind: 'WORKSHOP', titleDe: 'Zukunftswerkstatt', place: 'Rathaus', municipalityAgs: '05124000', isPublic: true, endsAt: null });
    expect(String(created.input.startsAt)).toMatch(/^2026-05-02T17:00:00[+-]\d{2}:\d{2}$/);

    const participantForm = screen.getByTestId('participant-form');
    const actor = within(participantForm).getByLabelText(/^Organisation/);
    await within(actor).findByRole('option', { name: 'Bürgerverein Ölberg' });
    fireEvent.change(actor, { target: { value: 'Actor:1' } });
    fireEvent.change(within(participantForm).getByLabelText(/^Rolle/), { target: { value: 'EXPERT_INPUT' } });
    fireEvent.change(within(participantForm).getByLabelText(/^Thema des Fachinputs/), { target: { value: 'Radwege' } });
    fireEvent.click(within(participantForm).getByRole('button', { name: 'Teilnahme eintragen' }));
    const list = await screen.findByTestId('participant-list');
    expect(list.textContent).toContain('Bürgerverein Ölberg · Fachinput · Radwege');
    expect(requests.find((r) => r.operationName === 'AddParticipation')?.variables).toEqual({
      input: { eventId: 'Event:9', actorId: 'Actor:1', contactId: null, role: 'EXPERT_INPUT', topic: 'Radwege' },
    });
  });
});

describe('findings', () => {
  it('records a finding with targets and themes and publishes it', async () => {
    const findings: Array<Record<string, unknown>> = [];
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'WorkspaceFindings') return { data: { findings: { totalCount: findings.length, edges: findings.map((node) => ({ node })) } } };
      if (request.operationName === 'CreateFinding') {
        findings.push({
          id: 'Finding:1',
          kind: 'NEED',
          statement: 'Es fehlen sichere Radwege.',
          publicStatement: null,
          isPublished: false,
          themes: ['Mobilität'],
          sdgTargets: [{ code: '11.2' }],
          municipality: null,
          event: { id: 'Event:1' },
          interview: null,
        });
        return { data: { createFinding: { __typename: 'Finding', id: 'Finding:1' } } };
      }
      if (request.operationName === 'PublishFinding') {
        findings[0] = { ...findings[0], isPublished: true };
        return { data: { publishFinding: { __typename: 'Finding', id: 'Finding:1', isPublished: true } } };
      }
      return common(request);
    });
    renderAt('/arbeitsbereich/befunde');
    await screen.findByRole('heading', { level: 1, name: 'Befunde' }, lazyLoad);
    const form = screen.getByTestId('finding-form');
    fireEvent.change(within(form).getByLabelText(/^Aussage/), { target: { value: 'Es fehlen sichere Radwege.' } });
    const source = within(form).getByLabelText(/^Aus Veranstaltung/);
    await within(source).findByRole('option', { name: '2026-03-10 – Workshop Wuppertal' });
    fireEvent.change(source, { target: { value: 'Event:1' } });
    fireEvent.change(within(form).getByLabelText(/^SDG-Unterziele/), { target: { value: '11.2, ' } });
    fireEvent.change(within(form).getByLabelText(/^Themen/), { target: { value: 'Mobilität' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Anlegen' }));
    const list = await screen.findByTestId('finding-list');
    expect(requests.find((r) => r.operationName === 'CreateFinding')?.variables).toEqual({
      input: { kind: 'NEED', statement: 'Es fehlen sichere Radwege.', publicStatement: null, municipalityAgs: null, sdgTargets: ['11.2'], themes: ['Mobilität'], interviewId: null, eventId: 'Event:1' },
    });
    fireEvent.click(within(list).getByRole('button', { name: 'Veröffentlichen' }));
    await screen.findByRole('button', { name: 'Zurückziehen' });
    expect(requests.find((r) => r.operationName === 'PublishFinding')?.variables).toEqual({ id: 'Finding:1', published: true });
    expect(screen.getByText('Befund veröffentlicht.')).toBeTruthy();
  });
});

describe('agreements', () => {
  it('shows why an agreement a circle carries cannot be deleted', async () => {
    const agreement = {
      id: 'Agreement:1',
      title: 'Vereinbarung Ölberg',
      text: 'Wir vereinbaren.',
      agreedAt: '2026-06-13',
      event: null,
      signatories: { totalCount: 1, nodes: [{ id: 'Actor:1', name: 'Bürgerverein Ölberg' }] },
      recommendations: { totalCount: 0, nodes: [] },
    };
    stubGraphQL((request) => {
      if (request.operationName === 'WorkspaceAgreements') return { data: { agreements: { edges: [{ node: agreement }] }, initiativeCircles: { totalCount: 0, nodes: [] } } };
      if (request.operationName === 'DeleteAgreement') {
        return { data: { deleteAgreement: validation('id', 'wird von 1 Initiativkreis(en) getragen; erst dort entfernen') } };
      }
      return common(request);
    });
    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      renderAt('/arbeitsbereich/vereinbarungen');
      const list = await screen.findByTestId('agreement-list', undefined, lazyLoad);
      fireEvent.click(within(list).getByRole('button', { name: 'Löschen' }));
      const alert = await screen.findByTestId('delete-error');
      expect(alert.textContent).toContain('wird von 1 Initiativkreis(en) getragen');
    } finally {
      window.confirm = confirm;
    }
  });

  it('loads the members of a large circle beyond the first page, so each can be removed, and starts over after an addition', async () => {
    const member = (i: number) => ({ id: `CircleMember:${i}`, joinedAt: '2026-07-01', actor: { id: `Actor:${i}`, name: `Verein ${i}` }, contact: null });
    const circle = {
      id: 'InitiativeCircle:1',
      name: 'Initiativkreis Mobilität',
      description: null,
      foundedAt: '2026-07-01',
      municipality: null,
      agreements: { totalCount: 0, nodes: [] },
      members: { totalCount: 52, pageInfo: { hasNextPage: true, endCursor: 'cursor-50' }, nodes: Array.from({ length: 50 }, (_, i) => member(i)) },
      reports: { totalCount: 0, nodes: [] },
    };
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'WorkspaceAgreements') return { data: { agreements: { edges: [] }, initiativeCircles: { totalCount: 1, nodes: [circle] } } };
      if (request.operationName === 'CircleMembers') {
        return { data: { node: { __typename: 'InitiativeCircle', members: { pageInfo: { hasNextPage: false, endCursor: 'cursor-52' }, nodes: [member(50), member(51)] } } } };
      }
      if (request.operationName === 'RemoveCircleMember') return { data: { removeCircleMember: { __typename: 'InitiativeCircle', id: circle.id } } };
      if (request.operationName === 'AddCircleMember') {
        circle.members = { ...circle.members, totalCount: 52 };
        return { data: { addCircleMember: { __typename: 'InitiativeCircle', id: circle.id } } };
      }
      return common(request);
    });
    renderAt('/arbeitsbereich/vereinbarungen');
    const members = await screen.findByTestId('circle-members', undefined, lazyLoad);
    expect(within(members).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Weitere 2 Mitglieder laden' }));
    await waitFor(() => expect(within(members).getAllByRole('listitem')).toHaveLength(52));
    expect(requests.find((r) => r.operationName === 'CircleMembers')?.variables).toEqual({ id: 'InitiativeCircle:1', after: 'cursor-50' });
    expect(screen.queryByRole('button', { name: /Mitglieder? laden/ })).toBeNull();
    fireEvent.click(within(members).getByRole('button', { name: 'Verein 51 entfernen' }));
    await waitFor(() => expect(requests.find((r) => r.operationName === 'RemoveCircleMember')?.variables).toEqual({ id: 'CircleMember:51' }));
    await waitFor(() => expect(within(screen.getByTestId('circle-members')).queryByText('Verein 51')).toBeNull());
    expect(within(screen.getByTestId('circle-members')).getAllByRole('listitem')).toHaveLength(51);

    // 51 members and one added: the loaded pages are dropped, and the rest can be loaded again.
    const addForm = screen.getByRole('button', { name: 'Mitglied aufnehmen' }).closest('form')!;
    fireEvent.change(within(addForm).getByLabelText(/^Organisation/), { target: { value: 'Actor:1' } });
    fireEvent.submit(addForm);
    await waitFor(() => expect(within(screen.getByTestId('circle-members')).getAllByRole('listitem')).toHaveLength(50));
    expect(screen.getByRole('button', { name: 'Weitere 2 Mitglieder laden' })).toBeDefined();
  });

  it('keeps a list it loaded only in part out of the update, so saving loses none of its entries', async () => {
    const shown = Array.from({ length: 100 }, (_, i) => ({ id: `Actor:${i}`, name: `Verein ${i}` }));
    const agreement = {
      id: 'Agreement:7',
      title: 'Klimapakt',
      text: 'Alle machen mit.',
      agreedAt: '2026-11-20',
      event: null,
      signatories: { totalCount: 140, nodes: shown },
      recommendations: { totalCount: 1, nodes: [{ id: 'Recommendation:1', title: 'Radwege' }] },
    };
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'WorkspaceAgreements') return { data: { agreements: { edges: [{ node: agreement }] }, initiativeCircles: { totalCount: 0, nodes: [] } } };
      if (request.operationName === 'UpdateAgreement') return { data: { updateAgreement: { __typename: 'Agreement', id: agreement.id } } };
      return common(request);
    });
    renderAt('/arbeitsbereich/vereinbarungen');
    const list = await screen.findByTestId('agreement-list', undefined, lazyLoad);
    fireEvent.click(within(list).getByRole('button', { name: 'Bearbeiten' }));
    const form = await screen.findByTestId('agreement-form');
    expect(within(form).getByTestId('partial-list').textContent).toContain('140 Einträge, mehr als hier bearbeitet werden können');
    fireEvent.change(within(form).getByLabelText(/Titel/), { target: { value: 'Klimapakt Bergisches Land' } });
    fireEvent.submit(form);
    await waitFor(() => expect(requests.some((r) => r.operationName === 'UpdateAgreement')).toBe(true));
    const input = (requests.find((r) => r.operationName === 'UpdateAgreement')!.variables as { input: Record<string, unknown> }).input;
    expect(input).toMatchObject({ id: 'Agreement:7', titleDe: 'Klimapakt Bergisches Land', recommendationIds: ['Recommendation:1'] });
    expect(input).not.toHaveProperty('signatoryActorIds');
  });
});
