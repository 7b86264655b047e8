import { FormEvent, useEffect, useState } from 'react';
import { api, messageOf, PersonView } from '../api/client';

const ROLES = ['viewer', 'reviewer', 'operator', 'admin'] as const;

/** An administrator adds people and sets their roles. */
export function PeopleScreen() {
  const [people, setPeople] = useState<PersonView[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const load = () => void api.GET('/api/people').then(({ data }) => setPeople(data ?? []));
  useEffect(load, []);

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { error } = await api.POST('/api/people', {
      body: {
        email: String(form.get('email')),
        displayName: String(form.get('displayName')),
        role: String(form.get('role')) as PersonView['role'],
        password: String(form.get('password')),
      },
    });
    setAlert(error ? messageOf(error) : null);
    load();
  };

  const changeRole = async (personId: string, role: PersonView['role']) => {
    const { error } = await api.PATCH('/api/people/{personId}', {
      params: { path: { personId } },
      body: { role },
    });
    setAlert(error ? messageOf(error) : null);
    load();
  };

  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">People</h1>
      {alert && (
        <p role="alert" className="error">
          {alert}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">E-mail</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.personId}>
              <td>{person.email}</td>
              <td>{person.displayName}</td>
              <td>
                <select
                  aria-label={`Role of ${person.email}`}
                  value={person.role}
                  onChange={(event) =>
                    void changeRole(person.personId, event.target.value as PersonView['role'])
                  }
                >
                  {ROLES.map((role) => (
                    <option key={role}>{role}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a person</h2>
      <form className="add-person" onSubmit={(event) => void add(event)}>
        <label htmlFor="new-email">E-mail</label>
        <input id="new-email" name="email" type="email" required />
        <label htmlFor="new-name">Name</label>
        <input id="new-name" name="displayName" required />
        <label htmlFor="new-role">Role</label>
        <select id="new-role" name="role" defaultValue="reviewer">
          {ROLES.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </select>
        <label htmlFor="new-password">Initial password (12+ characters)</label>
        <input
          id="new-password"
          name="password"
          type="password"
          minLength={12}
          required
          autoComplete="new-password"
        />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}
