using BenchmarkDotNet.Attributes;
using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Benchmarks;

/// <summary>Language understanding of one message: intent, entities, quantities (Microsoft.Recognizers.Text inside).</summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private CrossBorderRecognizer _recognizer = null!;

    [GlobalSetup]
    public void Setup() => _recognizer = CrossBorderRecognizer.CreateDefault();

    [Benchmark]
    public RecognizerResult EnglishGuideRequest() => _recognizer.Recognize("ship 2 kg of shoes to Germany, value 60 USD", "en-US");

    [Benchmark]
    public RecognizerResult ShortAnswer() => _recognizer.Recognize("standard", "en-US");

    [Benchmark]
    public RecognizerResult ChineseGuideRequest() => _recognizer.Recognize("我想把2公斤的鞋子寄到德国，货值60美元", "zh-CN");
}
