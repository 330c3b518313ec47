using MedQa.Samples;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MedQa.AspNetCore.Tests.Http;

/// <summary>An MVC API over the wire format, as a host app would write it.</summary>
[ApiController]
[Route("mvc/threads")]
public sealed class ThreadsController : ControllerBase
{
    [HttpGet]
    public ActionResult<QaThread> Get() => SeedThread.Build();

    [HttpPost]
    public ActionResult<string> Post([FromBody] QaThread thread) => thread.Question.Id;

    [HttpPost("read")]
    public async Task<ActionResult<string>> Read()
        => (await Request.ReadFromJsonAsync<QaThread>(HttpContext.RequestAborted))!.Question.Id;
}
