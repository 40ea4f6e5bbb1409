public enum PostcheckIOPlaceholder {}
