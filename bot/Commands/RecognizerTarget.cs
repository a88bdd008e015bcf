using CrossBorderBot.Understanding.Evaluation;

namespace CrossBorderBot.Commands;

/// <summary>
/// A recognizer figure with a target: its line in the report ("Intent accuracy:  97.0% (target 96%)", with "of N"
/// where the figure is over part of the set) and whether it is met, both from the one row.
/// </summary>
/// <param name="Label">The figure's name as the report shows it.</param>
/// <param name="Minimum">The least share that meets the target.</param>
/// <param name="Measure">The figure in a report.</param>
/// <param name="OutOf">How many utterances the figure is over, when it is over part of the set.</param>
internal sealed record RecognizerTarget(string Label, double Minimum, Func<EvaluationReport, double> Measure, Func<EvaluationReport, int>? OutOf = null)
{
    public bool IsMet(EvaluationReport report) => Measure(report) >= Minimum;

    public string Line(EvaluationReport report)
    {
        var outOf = OutOf is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" of {OutOf(report)}");
        return string.Create(CultureInfo.InvariantCulture, $"{Label + ":",-26}{Measure(report):P1}{outOf} (target {Minimum:P0})");
    }
}
