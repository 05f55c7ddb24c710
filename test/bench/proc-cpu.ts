/** Clock ticks a second in /proc's CPU times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) in the text of a /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat:
 * utime and stime are fields 14 and 15, after the command in parentheses (which may hold spaces).
 */
export function cpuSecondsOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}
