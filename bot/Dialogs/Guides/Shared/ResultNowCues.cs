namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The result asked for before every question is answered: "skip the rest, show me the result", "that's enough questions,
/// just show me the score", "后面的不问了，直接给我结果吧", "剩下的跳过，先出结果". A guide that can score what it has shows its
/// result from the answers given and says the rest is not counted (the readiness check), instead of "didn't understand".
/// </summary>
public static partial class ResultNowCues
{
    /// <summary>True when <paramref name="text"/> asks to stop the questions and see the result now.</summary>
    public static bool AsksForTheResultNow(string? text) => !string.IsNullOrWhiteSpace(text) && ResultNow().IsMatch(text);

    // Leaving the rest out, or going straight to the result: "skip the rest", "enough questions", "no more questions",
    // "just show me the score", "剩下的跳过", "后面的不问了", "直接给我结果", "先出个结果".
    [GeneratedRegex(@"\b(?:skip|forget|drop|leave\s+out)\s+(?:the\s+|all\s+the\s+)?(?:rest|remaining(?:\s+(?:ones|questions))?|other\s+(?:questions|ones)|questions)\b|\benough\s+(?:questions|of\s+(?:the|these)\s+questions)\b|\b(?:no\s+more|stop\s+(?:the|asking))\s+questions\b|\b(?:just|straight\s+to|go\s+to|jump\s+to|skip\s+to|get\s+to|give\s+me|show\s+me|let\s+me\s+see)\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:result|results|score|assessment|verdict)\b|(?:后面|剩下|剩余|其余|其他|别)的?(?:问题|题)?(?:都|就|先)?(?:不(?:用)?(?:问|答|回答)了?|跳过|不要了|算了)|直接(?:给我|出|看|要|给)?(?:个)?(?:结果|分数|评分|得分)|(?:先|就)(?:出|给我|看看?)(?:个)?(?:结果|分数|评分)|不(?:想|用)(?:再)?(?:回答|答|问)了", RegexOptions.IgnoreCase)]
    private static partial Regex ResultNow();
}
