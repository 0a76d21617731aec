package nl.nvvk.keurmerk.shared.validation;

/**
 * The formats of the API's text fields and parameters, anchored so the same expression serves Bean
 * Validation (which checks requests) and the contract (which SmallRye writes from the annotations):
 * a limit declared once is enforced and documented alike.
 */
public final class Formats {
    /** One line of text: no control characters (PostgreSQL refuses NUL; nobody means a tab in a name). */
    public static final String ONE_LINE = "^[^\\u0000-\\u001F\\u007F]*$";
    public static final String ONE_LINE_MESSAGE = "must be one line of text without control characters";
    /** Running text: line breaks and tabs allowed, other control characters not. */
    public static final String TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";
    public static final String TEXT_MESSAGE = "must be text without control characters other than line breaks and tabs";

    public static final String KVK_NUMBER = "^[0-9]{8}$";
    public static final String KVK_NUMBER_MESSAGE = "must be exactly 8 digits";
    public static final String BODY_CODE = "^[A-Z0-9][A-Z0-9-]{1,19}$";
    public static final String BODY_CODE_MESSAGE = "must be 2 to 20 upper case letters, digits or '-'";
    /** What a caller acts for: a certifying body code or a KvK number. */
    public static final String TENANT = "^([0-9]{8}|[A-Z0-9][A-Z0-9-]{1,19})$";
    public static final String POSTAL_CODE = "^[1-9][0-9]{3} ?[A-Z]{2}$";
    public static final String POSTAL_CODE_MESSAGE = "must be a Dutch postal code like 1234 AB";
    public static final String HTTP_URL = "^https?://[^\\s]+$";
    public static final String HTTP_URL_MESSAGE = "must be an http(s) URL";
    public static final int URL_LENGTH = 300;

    public static final String FRAMEWORK_CODE = "^[A-Z0-9][A-Z0-9_-]{0,39}$";
    public static final String FRAMEWORK_CODE_MESSAGE = "must be upper case letters, digits, '-' or '_'";
    public static final String FRAMEWORK_VERSION = "^[0-9]{1,3}(\\.[0-9]{1,3}){0,2}$";
    public static final String FRAMEWORK_VERSION_MESSAGE = "must look like 1.2";
    public static final String NORM_NUMBER = "^[0-9]{1,2}\\.[0-9]{1,2}$";
    public static final String NORM_NUMBER_MESSAGE = "must be area number, dot, norm number, like 4.11";
    public static final String NORM_KEY = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String NORM_KEY_MESSAGE = "must be lower-case words joined by '-'";

    private Formats() {
    }
}
