using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Checks the readiness model: unique ids, questions pointing at known dimensions and roadmap steps, number
/// bands that cover every number in increasing order, a level from score 0, and the steps' playbooks and sources.</summary>
internal sealed class ReadinessReferenceChecker(KnownReferences known)
{
    public void Check(Located<ReadinessModel>? readiness)
    {
        if (readiness is not { } r)
        {
            return;
        }

        var model = r.Value;
        var dimensions = EntryIdChecks.Ids(r, "/dimensions", model.Dimensions.Select(d => d.Id), "dimension");
        var steps = EntryIdChecks.Ids(r, "/roadmapSteps", model.RoadmapSteps.Select(s => s.Id), "roadmap step");
        EntryIdChecks.Ids(r, "/questions", model.Questions.Select(q => q.Id), "question");
        EntryIdChecks.Ids(r, "/levels", model.Levels.Select(l => l.Id), "level");
        for (var i = 0; i < model.Questions.Count; i++)
        {
            CheckQuestion(r, $"/questions/{i}", model.Questions[i], dimensions, steps);
        }

        if (model.Levels.Count > 0 && model.Levels.Min(l => l.MinScore) > 0)
        {
            r.Report("/levels", "no level starts at score 0");
        }

        for (var i = 0; i < model.RoadmapSteps.Count; i++)
        {
            known.Playbooks(r, $"/roadmapSteps/{i}/playbooks", model.RoadmapSteps[i].Playbooks);
            known.Sources(r, $"/roadmapSteps/{i}/sources", model.RoadmapSteps[i].Sources);
        }

        known.Sources(r, "/sources", model.Sources);
    }

    private static void CheckQuestion(Located<ReadinessModel> r, string at, ReadinessQuestion q, HashSet<string> dimensions, HashSet<string> steps)
    {
        if (!dimensions.Contains(q.Dimension))
        {
            r.Report(at + "/dimension", $"unknown readiness dimension '{q.Dimension}'");
        }

        if (q.RoadmapStep is { } step && !steps.Contains(step))
        {
            r.Report(at + "/roadmapStep", $"unknown roadmap step '{step}'");
        }

        EntryIdChecks.Duplicates(r, at + "/answers", q.Answers.Select(a => a.Id), "answer id");
        if (q.Type != QuestionType.Number)
        {
            return;
        }

        for (var b = 0; b < q.Bands.Count; b++)
        {
            var last = b == q.Bands.Count - 1;
            if (last != (q.Bands[b].Max is null))
            {
                r.Report($"{at}/bands/{b}", last ? "the last band must have no 'max' so every number is covered" : "only the last band may omit 'max'");
            }
            else if (b > 0 && q.Bands[b].Max is { } max && q.Bands[b - 1].Max is { } previous && max <= previous)
            {
                r.Report($"{at}/bands/{b}", "bands must be in increasing order of 'max'");
            }
        }
    }
}
