using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// The Microsoft.Recognizers.Text weight and currency models for English and Chinese, built once per process and
/// shared. The library's static helpers (<c>NumberWithUnitRecognizer.RecognizeDimension</c> …) build a recognizer and
/// register every culture's model factories on each call before finding the cached model.
/// </summary>
/// <remarks>
/// Thread safety: the library itself keeps one instance of each model in a process-wide cache and hands the same
/// instance to every caller, so a model is meant to be shared once built; what is known to be unsafe is building them
/// concurrently (Recognizers-Text issue 861, and in this bot Chinese calls that returned nothing after such a race). So
/// every model this bot uses, the prompts' number models included, is built and run once on sample text under
/// <see cref="RecognizersTextGate"/> before the first message is read; parsing afterwards takes no lock.
/// </remarks>
internal sealed class QuantityModels
{
    private static readonly Lazy<QuantityModels> SharedModels = new(() => new QuantityModels(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Text that sends each model through its number, unit and currency paths once, so nothing is built lazily later.
    private static readonly string[] WarmUpTexts = ["2.5 kg and 3 pounds, $30 or 45 euros, 12 oz", "三公斤半，两万块，30美元，500克，一千二百元"];

    private readonly IModel _englishDimensions;
    private readonly IModel _chineseDimensions;
    private readonly IModel _englishCurrencies;
    private readonly IModel _chineseCurrencies;

    private QuantityModels()
    {
        lock (RecognizersTextGate.Lock)
        {
            _englishDimensions = new NumberWithUnitRecognizer(Culture.English).GetDimensionModel(Culture.English);
            _chineseDimensions = new NumberWithUnitRecognizer(Culture.Chinese).GetDimensionModel(Culture.Chinese);
            _englishCurrencies = new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel(Culture.English);
            _chineseCurrencies = new NumberWithUnitRecognizer(Culture.Chinese).GetCurrencyModel(Culture.Chinese);
            foreach (var text in WarmUpTexts)
            {
                _englishDimensions.Parse(text);
                _chineseDimensions.Parse(text);
                _englishCurrencies.Parse(text);
                _chineseCurrencies.Parse(text);
                foreach (var culture in new[] { Culture.English, Culture.Chinese })
                {
                    // The number prompts' models come from the same process-wide cache; build them here too.
                    var numbers = new NumberRecognizer(culture);
                    numbers.GetNumberModel(culture).Parse(text);
                    numbers.GetOrdinalModel(culture).Parse(text);
                }
            }
        }
    }

    /// <summary>The process's models, built on first use.</summary>
    public static QuantityModels Shared => SharedModels.Value;

    /// <summary>Weights, lengths and other dimensions in the text.</summary>
    public List<ModelResult> Dimensions(string text, string culture) =>
        (culture == Culture.Chinese ? _chineseDimensions : _englishDimensions).Parse(text);

    /// <summary>Amounts of money in the text.</summary>
    public List<ModelResult> Currencies(string text, string culture) =>
        (culture == Culture.Chinese ? _chineseCurrencies : _englishCurrencies).Parse(text);
}
