// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScrollTable } from './ScrollTable';

afterEach(() => cleanup());

function Rows() {
  return (
    <tbody>
      <tr>
        <th scope="row">Residents</th>
        <td>41.6%</td>
      </tr>
    </tbody>
  );
}

describe('ScrollTable', () => {
  it('is a region named by the table’s caption, which the keyboard can reach', () => {
    render(
      <ScrollTable caption="Who answered">
        <Rows />
      </ScrollTable>,
    );

    const region = screen.getByRole('region', { name: 'Who answered' });
    expect(region.tabIndex).toBe(0);
    region.focus();
    expect(document.activeElement).toBe(region);
    expect(within(region).getByRole('table', { name: 'Who answered' })).toBeTruthy();
    expect(within(region).getByRole('rowheader', { name: 'Residents' })).toBeTruthy();
  });

  it('keeps the table-wrap look and adds the classes it is given', () => {
    render(
      <ScrollTable
        caption="Roster"
        className="extra"
        tableClassName="roster"
        captionClassName="visually-hidden"
      >
        <Rows />
      </ScrollTable>,
    );

    const region = screen.getByRole('region', { name: 'Roster' });
    expect(region.className).toBe('table-wrap extra');
    expect(within(region).getByRole('table').className).toBe('roster');
    expect(region.querySelector('caption')?.className).toBe('visually-hidden');
  });

  it('names two tables on one page apart', () => {
    render(
      <>
        <ScrollTable caption="First">
          <Rows />
        </ScrollTable>
        <ScrollTable caption="Second">
          <Rows />
        </ScrollTable>
      </>,
    );

    expect(screen.getByRole('region', { name: 'First' }).textContent).not.toContain('Second');
    expect(screen.getByRole('region', { name: 'Second' }).textContent).not.toContain('First');
  });
});
