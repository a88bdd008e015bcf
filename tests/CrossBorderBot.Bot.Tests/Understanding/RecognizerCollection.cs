namespace CrossBorderBot.Tests.Understanding;

[CollectionDefinition(Name)]
public sealed class RecognizerCollection : ICollectionFixture<RecognizerFixture>
{
    public const string Name = "Recognizer";
}
