using System.Text.RegularExpressions;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Answers "why this step?", "why this playbook?", "how long does this take?" and "how do we stop it happening again?" at a
/// playbook step from the playbook
/// itself: the step's own detail and what the playbook is for; why it was matched (its symptoms); for the time, what the playbook says about it (a period its text names) and,
/// since playbooks give no typical duration per step, that plainly — never a guessed number.
/// </summary>
public static partial class PlaybookStepExplainer
{
    /// <summary>The answer to <paramref name="kind"/> about step <paramref name="step"/> (0-based) of <paramref name="playbook"/>; null for another kind.</summary>
    public static string? Explain(ResultQuestion kind, Playbook playbook, int step, BotLanguage language) => kind switch
    {
        ResultQuestion.StepWhy => Why(playbook, step, language),
        ResultQuestion.StepDuration => HowLong(playbook, step, language),
        ResultQuestion.PlaybookWhy => WhyThisPlaybook(playbook, language),
        ResultQuestion.Prevention => HowToPrevent(playbook, language),
        _ => null,
    };

    // What keeps the problem from coming back, as the playbook lists it (shown again at its end); null when it lists none.
    private static string? HowToPrevent(Playbook playbook, BotLanguage language) =>
        playbook.Prevention is { Count: > 0 } lines
            ? $"**{FixIssueGuideText.For(language).PreventionHeading}**\n" + string.Join("\n", lines.Select(line => "- " + line.Get(language)))
            : null;

    // Why this playbook: what it is for and the situations it was written for (its symptoms), which the description
    // matched; and how to try the next best match if the user's case is another one.
    private static string WhyThisPlaybook(Playbook playbook, BotLanguage language)
    {
        var name = playbook.Name.Get(language);
        var purpose = FirstSentence(playbook.Summary.Get(language));
        var symptoms = playbook.Symptoms.Take(3).Select(symptom => symptom.Get(language)).ToList();
        return language.IsChinese
            ? $"我把您描述的情况匹配到了“{name}”，因为它针对的正是这类问题：{purpose}" + (symptoms.Count > 0 ? $"\n\n它适用于这些情况：{string.Join("；", symptoms)}。" : string.Empty)
                + "\n\n如果您的情况更像另一个问题，请回答“没用”，我会换下一个最匹配的方案。"
            : $"I matched what you described to \"{name}\" because it is written for this kind of problem: {purpose}" + (symptoms.Count > 0 ? $"\n\nIt is for cases like these: {string.Join("; ", symptoms)}." : string.Empty)
                + "\n\nIf your case is more like another problem, answer \"that didn't help\" and I'll try the next best match.";
    }

    private static string Why(Playbook playbook, int step, BotLanguage language)
    {
        var current = playbook.Steps[step];
        var title = current.Title.Get(language);
        var purpose = FirstSentence(playbook.Summary.Get(language));
        return language.IsChinese
            ? $"第 {step + 1}/{playbook.Steps.Count} 步“{title}”：{current.Detail?.Get(language) ?? title}\n\n它属于“{playbook.Name.Get(language)}”的处理步骤：{purpose}"
            : $"Step {step + 1} of {playbook.Steps.Count}, \"{title}\": {current.Detail?.Get(language) ?? title}\n\nIt is part of the playbook \"{playbook.Name.Get(language)}\": {purpose}";
    }

    private static string HowLong(Playbook playbook, int step, BotLanguage language)
    {
        var current = playbook.Steps[step];
        var title = current.Title.Get(language);
        var said = new[] { current.Detail?.Get(language) }.Concat(playbook.Steps.Select(s => s.Detail?.Get(language)))
            .OfType<string>().SelectMany(SentencesWithAPeriod).Distinct().Take(2).ToList();
        var answer = language.IsChinese
            ? $"“{title}”这一步没有固定的时长，我的知识库里也没有这一步的典型用时：它取决于您自己的进度，以及平台、承运商或主管部门处理的速度。"
            : $"\"{title}\" has no set duration, and my knowledge base gives no typical time for this step: it depends on how fast you act and on the platform, carrier or authority handling it.";
        return said.Count == 0
            ? answer
            : answer + (language.IsChinese ? "\n\n这份处理方案里提到的时间：" : "\n\nWhat this playbook does say about time: ") + string.Join(" ", said);
    }

    private static IEnumerable<string> SentencesWithAPeriod(string text) =>
        SentenceEnd().Split(text).Where(sentence => Period().IsMatch(sentence)).Select(sentence => sentence.Trim());

    private static string FirstSentence(string text) => SentenceEnd().Split(text.Trim()).FirstOrDefault()?.Trim() is { Length: > 0 } first ? first : text;

    [GeneratedRegex(@"(?<=[.。;；!！?？])\s*")]
    private static partial Regex SentenceEnd();

    // "90 days", "2–3 weeks", "48 hours", "30 个工作日", "15 天".
    [GeneratedRegex(@"\d+(?:[–-]\d+)?\s*(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|hours?|个?工作日|天|周|个月|小时)", RegexOptions.IgnoreCase)]
    private static partial Regex Period();
}
