namespace CrossBorderBot.Plans;

/// <summary>A headed list of lines in a plan (light markdown allowed in lines).</summary>
public sealed record PlanSection(string Heading, IReadOnlyList<string> Lines);
