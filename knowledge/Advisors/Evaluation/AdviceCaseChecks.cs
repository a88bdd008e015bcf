using System.Globalization;

namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>Compares an advisor's answer with a case's expectations; returns one message per miss.</summary>
internal static class AdviceCaseChecks
{
    public static List<string> Check(AdviceCaseExpectation expect, AdviceCaseOutcome outcome)
    {
        var failures = new List<string>();
        var ids = outcome.Ranked.Select(r => r.Id).ToList();
        var top3 = ids.Take(3).ToList();
        var first = ids.FirstOrDefault();

        // Always: ordered by the score shown, and a verdict naming the first.
        for (var i = 1; i < outcome.Ranked.Count; i++)
        {
            if (outcome.Ranked[i].Score > outcome.Ranked[i - 1].Score)
            {
                failures.Add(Say($"ranking not ordered by score: {outcome.Ranked[i - 1].Id} {outcome.Ranked[i - 1].Score} before {outcome.Ranked[i].Id} {outcome.Ranked[i].Score}"));
                break;
            }
        }

        if (outcome.Ranked.Count > 0 && (string.IsNullOrWhiteSpace(outcome.Verdict) || outcome.FirstName is null ||
            !outcome.Verdict.Contains(outcome.FirstName, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"no one-line verdict naming the first option ({outcome.FirstName ?? "none"})");
        }

        if (expect.Mode is { } mode && !string.Equals(mode, outcome.Mode, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"mode {outcome.Mode ?? "none"}, expected {mode}");
        }

        if (expect.First.Count > 0 && (first is null || !expect.First.Contains(first)))
        {
            failures.Add($"first is {first ?? "nothing"}, expected one of {string.Join("/", expect.First)}");
        }

        failures.AddRange(expect.Top3.Where(id => !top3.Contains(id)).Select(id => $"{id} not in the top 3 ({string.Join(", ", top3)})"));
        if (expect.Top3Any.Count > 0 && !expect.Top3Any.Any(top3.Contains))
        {
            failures.Add($"none of {string.Join("/", expect.Top3Any)} in the top 3 ({string.Join(", ", top3)})");
        }

        failures.AddRange(expect.NotTop3.Where(top3.Contains).Select(id => $"{id} is in the top 3"));
        failures.AddRange(expect.NotFirst.Where(id => id == first).Select(id => $"{id} is ranked first"));
        foreach (var id in expect.Excluded)
        {
            if (ids.Contains(id))
            {
                failures.Add($"{id} is recommended but should be excluded");
                continue;
            }

            var excluded = outcome.Excluded.FirstOrDefault(e => e.Id == id);
            if (excluded.Id is null)
            {
                failures.Add($"{id} is not listed as excluded with a reason");
            }
            else if (expect.ExcludedMentions.Count > 0 && !expect.ExcludedMentions.Any(m => Has(excluded.Reason, m)))
            {
                failures.Add($"{id} excluded for '{excluded.Reason}', expected a reason mentioning {string.Join("/", expect.ExcludedMentions)}");
            }
        }

        failures.AddRange(expect.Mentions.Where(m => !Has(outcome.Text, m)).Select(m => $"the answer does not mention '{m}'"));
        failures.AddRange(expect.NotMentions.Where(m => Has(outcome.Text, m)).Select(m => $"the answer mentions '{m}'"));
        foreach (var (id, fragments) in expect.NotMentionsFor)
        {
            if (outcome.TextById.TryGetValue(id, out var text))
            {
                failures.AddRange(fragments.Where(f => Has(text, f)).Select(f => $"{id}'s text mentions '{f}'"));
            }
        }

        if (expect.Landed is { } landed)
        {
            CheckLanded(landed, outcome, failures);
        }

        return failures;
    }

    private static void CheckLanded(LandedExpectation landed, AdviceCaseOutcome outcome, List<string> failures)
    {
        if (!outcome.HasLandedCost)
        {
            failures.Add("no landed cost");
            return;
        }

        foreach (var line in landed.Lines)
        {
            var matches = outcome.Lines.Where(l => string.Equals(l.Kind, line.Kind, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0)
            {
                failures.Add($"no {line.Kind} line");
                continue;
            }

            var good = matches.Any(l =>
                (line.Collection is null || string.Equals(l.Collection, line.Collection, StringComparison.OrdinalIgnoreCase)) &&
                (line.Min is null || l.Min >= line.Min) &&
                (line.Max is null || l.Max <= line.Max));
            if (!good)
            {
                var seen = string.Join("; ", matches.Select(l => Say($"{l.Collection} {l.Min}–{l.Max}")));
                failures.Add(Say($"{line.Kind} line is {seen}, expected {line.Collection ?? "any collection"} {line.Min?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{line.Max?.ToString(CultureInfo.InvariantCulture) ?? "…"}"));
            }
        }

        if (landed.DoorMin is { } doorMin && !(outcome.PaidAtDoor >= doorMin))
        {
            failures.Add(Say($"paid at the door {outcome.PaidAtDoor}, expected at least {doorMin}"));
        }

        if (landed.DoorMax is { } doorMax && !(outcome.PaidAtDoorMax <= doorMax))
        {
            failures.Add(Say($"paid at the door up to {outcome.PaidAtDoorMax}, expected at most {doorMax}"));
        }
    }

    private static bool Has(string text, string fragment) => text.Contains(fragment, StringComparison.OrdinalIgnoreCase);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
