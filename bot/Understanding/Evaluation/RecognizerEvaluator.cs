namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>Runs the recognizer over a labelled set and measures intents, issue sub-types and entities.</summary>
internal static class RecognizerEvaluator
{
    private const string AllKinds = "all";

    public static EvaluationReport Evaluate(CrossBorderRecognizer recognizer, IReadOnlyList<EvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var misses = new List<EvaluationMiss>();
        var expectedByIntent = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedByIntent = new Dictionary<string, int>(StringComparer.Ordinal);
        var correctByIntent = new Dictionary<string, int>(StringComparer.Ordinal);
        var expectedByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var correctByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        int intentCorrect = 0, chinese = 0, chineseCorrect = 0, subTypes = 0, subTypesCorrect = 0, entityExact = 0, entityLines = 0;

        foreach (var c in cases)
        {
            var result = recognizer.Recognize(c.Utterance, locale: null);
            var (intent, score) = result.GetTopScoringIntent();
            var subType = EvaluationSet.SubType(result.Entities);

            Increment(expectedByIntent, c.Intent);
            Increment(predictedByIntent, intent);
            var intentRight = intent == c.Intent;
            if (intentRight)
            {
                intentCorrect++;
                Increment(correctByIntent, intent);
            }

            if (c.IsChinese)
            {
                chinese++;
                chineseCorrect += intentRight ? 1 : 0;
            }

            if (c.SubType is not null)
            {
                subTypes++;
                subTypesCorrect += c.SubType == subType ? 1 : 0;
            }

            IReadOnlyCollection<string> missing = [], extra = [];
            if (c.EntitiesLabelled)
            {
                entityLines++;
                var keys = EvaluationSet.Keys(result.Entities);
                missing = c.Entities.Except(keys).ToList();
                extra = keys.Except(c.Entities).ToList();
                foreach (var key in c.Entities)
                {
                    Increment(expectedByKind, KindOf(key));
                }

                foreach (var key in keys)
                {
                    Increment(predictedByKind, KindOf(key));
                    if (c.Entities.Contains(key))
                    {
                        Increment(correctByKind, KindOf(key));
                    }
                }

                entityExact += missing.Count == 0 && extra.Count == 0 ? 1 : 0;
            }

            var miss = new EvaluationMiss(c, intent, score, subType, missing, extra);
            if (miss.IntentWrong || miss.SubTypeWrong || miss.EntitiesWrong)
            {
                misses.Add(miss);
            }
        }

        var perIntent = expectedByIntent.Keys.Union(predictedByIntent.Keys)
            .Order(StringComparer.Ordinal)
            .Select(i => new IntentMetrics(i, Get(expectedByIntent, i), Get(predictedByIntent, i), Get(correctByIntent, i)))
            .ToList();
        var perKind = expectedByKind.Keys.Union(predictedByKind.Keys)
            .Order(StringComparer.Ordinal)
            .Select(k => new EntityTypeMetrics(k, Get(expectedByKind, k), Get(predictedByKind, k), Get(correctByKind, k)))
            .ToList();
        var overall = new EntityTypeMetrics(AllKinds, expectedByKind.Values.Sum(), predictedByKind.Values.Sum(), correctByKind.Values.Sum());

        return new EvaluationReport(
            cases.Count,
            Share(intentCorrect, cases.Count),
            chinese,
            Share(chineseCorrect, chinese),
            subTypes,
            Share(subTypesCorrect, subTypes),
            perIntent,
            overall,
            perKind,
            Share(entityExact, entityLines),
            misses);
    }

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static string KindOf(string key) => key[..key.IndexOf('=', StringComparison.Ordinal)];

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = Get(counts, key) + 1;

    private static int Get(Dictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);
}
