using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// The real knowledge base and recognizer, built once for every test that reads messages as a guide does (slot readers,
/// place resolvers, cues). Both are shared by concurrent turns in the bot too, so sharing them across test classes is
/// what production does; each class building its own cost a knowledge-base load and a recognizer start per class.
/// </summary>
public static class RealGuideParts
{
    public static Lazy<KnowledgeBase> Knowledge { get; } = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    public static Lazy<CrossBorderRecognizer> Recognizer { get; } = new(CrossBorderRecognizer.CreateDefault);
}
