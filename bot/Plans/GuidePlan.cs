namespace CrossBorderBot.Plans;

/// <summary>
/// The summary a guide leaves behind: the user's answers and the recommendations, in the language of the
/// conversation. Kept in user state, so "show my last plan" works in a later conversation too.
/// </summary>
/// <param name="GuideId">The dialog id of the guide that made it (stable, see DialogIds).</param>
/// <param name="Title">For example "Logistics plan: 2 kg of shoes to Germany".</param>
/// <param name="CreatedAt">When the guide finished (from the injected TimeProvider).</param>
/// <param name="Language">"en" or "zh-CN".</param>
/// <param name="Sections">Headed lists: "Your answers", "Recommendations", "Next steps", …</param>
/// <param name="Sources">The knowledge-base sources behind the recommendations.</param>
/// <param name="Caveats">What could not be (re-)verified in the entries behind the recommendations (their caveats).</param>
/// <param name="Answers">The guide's answers as its dialog state keeps them (JSON), so a what-if after the plan is recalled
/// runs the guide again from them; null for plans saved without them (older plans, guides that cannot start from them).</param>
public sealed record GuidePlan(
    string GuideId,
    string Title,
    DateTimeOffset CreatedAt,
    string Language,
    IReadOnlyList<PlanSection> Sections,
    IReadOnlyList<PlanSource> Sources,
    IReadOnlyList<string>? Caveats = null,
    [property: Newtonsoft.Json.JsonProperty(NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)] string? Answers = null);
