using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering.Evaluation;

/// <summary>
/// Reads an evaluation file: one question per line, <c>question TAB ids TAB pattern</c>; ids comma-separated or
/// <c>-</c> for a question the knowledge base cannot answer; <c>#</c> starts a comment line.
/// </summary>
public static class AnswerEvaluationSet
{
    public static IReadOnlyList<AnswerEvaluationCase> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var cases = new List<AnswerEvaluationCase>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new FormatException($"Line {number}: expected 3 tab-separated fields, found {parts.Length}.");
            }

            var ids = parts[1].Trim() == "-" ? [] : parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var pattern = parts[2].Trim() == "-" ? null : new Regex(parts[2].Trim(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            cases.Add(new AnswerEvaluationCase(number, parts[0].Trim(), ids, pattern));
        }

        return cases;
    }
}
