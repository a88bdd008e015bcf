using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A roadmap step suggested by weak answers (score below 60), with the questions that led to it.</summary>
public sealed record RoadmapItem(RoadmapStep Step, IReadOnlyList<string> QuestionIds, decimal WeakestScore, LocalizedText Reason);
