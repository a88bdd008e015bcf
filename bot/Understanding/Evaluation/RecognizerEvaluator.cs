using Microsoft.Bot.Builder;

namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>Runs the recognizer over a labelled set and measures intents and entities.</summary>
internal static class RecognizerEvaluator
{
    public static EvaluationReport Evaluate(CrossBorderRecognizer recognizer, IReadOnlyList<EvaluationCase> cases)
    {
        var misses = new List<EvaluationMiss>();
        var expectedByIntent = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedByIntent = new Dictionary<string, int>(StringComparer.Ordinal);
        var correctByIntent = new Dictionary<string, int>(StringComparer.Ordinal);
        int intentCorrect = 0, entityExact = 0, truePositives = 0, predictedEntities = 0, expectedEntities = 0;

        foreach (var c in cases)
        {
            var result = recognizer.Recognize(c.Utterance, locale: null);
            var (intent, score) = result.GetTopScoringIntent();
            var keys = EvaluationSet.Keys(result.Entities);

            Increment(expectedByIntent, c.Intent);
            Increment(predictedByIntent, intent);
            if (intent == c.Intent)
            {
                intentCorrect++;
                Increment(correctByIntent, intent);
            }

            var missing = c.Entities.Except(keys).ToList();
            var extra = keys.Except(c.Entities).ToList();
            truePositives += keys.Count - extra.Count;
            predictedEntities += keys.Count;
            expectedEntities += c.Entities.Count;
            if (missing.Count == 0 && extra.Count == 0)
            {
                entityExact++;
            }

            if (intent != c.Intent || missing.Count > 0 || extra.Count > 0)
            {
                misses.Add(new EvaluationMiss(c, intent, score, missing, extra));
            }
        }

        var perIntent = expectedByIntent.Keys.Union(predictedByIntent.Keys)
            .Order(StringComparer.Ordinal)
            .Select(i => new IntentMetrics(i, Get(expectedByIntent, i), Get(predictedByIntent, i), Get(correctByIntent, i)))
            .ToList();

        var total = Math.Max(cases.Count, 1);
        return new EvaluationReport(
            cases.Count,
            (double)intentCorrect / total,
            perIntent,
            predictedEntities == 0 ? 1 : (double)truePositives / predictedEntities,
            expectedEntities == 0 ? 1 : (double)truePositives / expectedEntities,
            (double)entityExact / total,
            misses);
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = Get(counts, key) + 1;

    private static int Get(Dictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);
}
