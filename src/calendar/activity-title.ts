// The name of an activity where one line is shown (a calendar row, an .ics summary, a news title, a
// list of what was not held). An activity whose first line ends with a colon introduces its own
// list («…по вопросам воспитания:» over «- планирование …»): the list is the point, so it is kept,
// run into the line («…воспитания: планирование …; взаимодействие …»), never dropped.

const LIST_MARK = /^[-–—•]\s*/;

export function activityTitle(activity: string): string {
  const [first = '', ...rest] = activity.split('\n').map((line) => line.trim());
  if (!first.endsWith(':')) return first;
  const points = rest
    .filter((line) => line !== '')
    .map((line) =>
      line
        .replace(LIST_MARK, '')
        .replace(/[;,.]+$/, '')
        .trim(),
    )
    .filter((line) => line !== '');
  return points.length ? `${first} ${points.join('; ')}` : first.replace(/:$/, '');
}
