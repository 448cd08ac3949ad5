package si.mazi.rescu;

import java.util.Map;
import org.objenesis.ObjenesisStd;

/**
 * A rescu {@link RestInvocation} that answers the five calls XChange's {@code BitgetDigest} makes,
 * so that the digest can be benchmarked without a rescu proxy. It lives in rescu's package only
 * because {@code RestInvocation}'s sole constructor is package-private; instances are created with
 * Objenesis, as mocking libraries do, so that constructor never runs.
 */
public final class StubRestInvocation extends RestInvocation {
  private static final long serialVersionUID = 1L;

  private String httpMethod;
  private String path;
  private String queryString;
  private String requestBody;
  private Map<String, String> headers;

  private StubRestInvocation() {
    super(null, null, null, null, null, null); // never runs: see create
  }

  /**
   * An invocation as rescu would describe it.
   *
   * @param path the path without its leading slash, as rescu reports it (the digest adds one)
   * @param queryString the query without {@code ?}, empty for none
   * @param requestBody the body, empty for none
   * @param headers the header parameters; the digest reads {@code ACCESS-TIMESTAMP}
   */
  public static StubRestInvocation create(String httpMethod, String path, String queryString,
      String requestBody, Map<String, String> headers) {
    StubRestInvocation invocation = new ObjenesisStd().newInstance(StubRestInvocation.class);
    invocation.httpMethod = httpMethod;
    invocation.path = path;
    invocation.queryString = queryString;
    invocation.requestBody = requestBody;
    invocation.headers = Map.copyOf(headers);
    return invocation;
  }

  @Override
  public String getHttpMethod() {
    return httpMethod;
  }

  @Override
  public String getPath() {
    return path;
  }

  @Override
  public String getQueryString() {
    return queryString;
  }

  @Override
  public String getRequestBody() {
    return requestBody;
  }

  @Override
  public Map<String, String> getHttpHeadersFromParams() {
    return headers;
  }
}
