using System.Diagnostics;
using System.Globalization;
using CrossBorderBot.IntentBench;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Evaluation;

// Intent model comparison on the same split: the built-in logistic regression against ML.NET text classification.
// Each model is trained on the training corpus without its dev split and measured on the dev split (the figures used to
// choose). With --holdout, the full-corpus models are also measured on the blind hold-out set (reported, never tuned on).
// Usage: dotnet run -c Release --project bench/CrossBorderBot.IntentBench [-- --holdout path/to/recognizer-holdout.tsv]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var holdoutPath = args.SkipWhile(a => a != "--holdout").Skip(1).FirstOrDefault();

var vocabulary = KnowledgeVocabulary.FromDefaultData();
var corpus = TrainingCorpus.Load();
var (train, dev) = TrainingCorpus.Split(corpus);
var devCases = dev.Select((e, i) => new EvaluationCase(i + 1, e.Text, e.Intent, new HashSet<string>(), EntitiesLabelled: false)).ToList();
var holdout = holdoutPath is null ? null : EvaluationSet.Parse(File.ReadAllLines(holdoutPath));

Console.WriteLine($"Training corpus {corpus.Count} examples: train {train.Count}, dev {dev.Count}");
Console.WriteLine("model                              train ms   dev intent  dev zh   turn µs  holdout intent  zh     sub-type");

var candidates = new (string Name, Func<IReadOnlyList<LabelledMessage>, IIntentModel>? Trainer)[]
{
    ("logistic regression (built-in)", null),
    ("LR l2 0.0005 (before)", e => LogisticIntentModel.Train(e, new IntentClassifier.Settings(60, 0.8, 0.0005))),
    ("LR l2 0.00003", e => LogisticIntentModel.Train(e, new IntentClassifier.Settings(60, 0.8, 0.00003))),
    ("LR l2 0.0001, 100 epochs", e => LogisticIntentModel.Train(e, new IntentClassifier.Settings(100, 0.8, 0.0001))),
    ("LR l2 0.0001, rate 0.4", e => LogisticIntentModel.Train(e, new IntentClassifier.Settings(60, 0.4, 0.0001))),
    ("ML.NET LBFGS weak L2, raw", MlNetIntentModel.Trainer("lbfgs-weak-l2", placeholders: false)),
    ("ML.NET LBFGS weak L2, entities", MlNetIntentModel.Trainer("lbfgs-weak-l2", placeholders: true)),
    ("ML.NET SDCA max-entropy, entities", MlNetIntentModel.Trainer("sdca", placeholders: true)),
    ("ML.NET LBFGS default L2, entities", MlNetIntentModel.Trainer("lbfgs", placeholders: true)),
};

foreach (var (name, trainer) in candidates)
{
    var watch = Stopwatch.StartNew();
    var onTrain = new CrossBorderRecognizer(vocabulary, train, trainModel: trainer);
    var trainMs = watch.Elapsed.TotalMilliseconds;
    var devReport = RecognizerEvaluator.Evaluate(onTrain, devCases);

    // Per-turn cost: the whole Recognize call, after a warm-up pass.
    foreach (var c in devCases.Take(50))
    {
        onTrain.Recognize(c.Utterance, null);
    }

    watch.Restart();
    foreach (var c in devCases)
    {
        onTrain.Recognize(c.Utterance, null);
    }

    var turnMicros = watch.Elapsed.TotalMilliseconds * 1000 / devCases.Count;
    var holdoutFigures = string.Empty;
    if (holdout is not null)
    {
        var full = new CrossBorderRecognizer(vocabulary, corpus, trainModel: trainer);
        var report = RecognizerEvaluator.Evaluate(full, holdout);
        holdoutFigures = $"{report.IntentAccuracy,14:P1}  {report.ChineseIntentAccuracy,6:P1} {report.SubTypeAccuracy,8:P1}";
    }

    Console.WriteLine($"{name,-34} {trainMs,8:0}   {devReport.IntentAccuracy,10:P1}  {devReport.ChineseIntentAccuracy,6:P1} {turnMicros,9:0}  {holdoutFigures}");
}
